def f(a, b, c):
    a, b = b, a
    a, b, c = c, b, a
    (x, y), z = (1, 2), 3
    p, q = c
    return x, y, z, p, q
