def f():
    a = (1, 2, 3)
    b = ((1, 2), (3, 4))
    c = (1, "two", 3.0, None, True, ...)
    d = [1, 2, 3]
    e = [1, 2, 3, 4, 5, 6]
    return a, b, c, d, e
