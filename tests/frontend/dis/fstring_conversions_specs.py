def f(x, width, prec):
    a = f"{x!r}"
    b = f"{x!s:>10}"
    c = f"{x!a}"
    d = f"{x:{width}.{prec}f}"
    e = f"{x=}"
    g = f"{x = :>8}"
    return a, b, c, d, e, g
