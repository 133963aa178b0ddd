def f():
    a = -1
    b = 2 ** 10
    c = "a" * 3
    d = 1 + 2 * 3
    e = ~5
    g = 10 // 3, 10 % 3, 2 ** -1
    h = "abc"[1]
    i = (1, 2) + (3,)
    j = not True
    k = 1 << 70
    return a, b, c, d, e, g, h, i, j, k
