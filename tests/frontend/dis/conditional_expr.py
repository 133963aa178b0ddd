def f(a, b, c):
    x = b if a else c
    y = (b if a else c) if x else None
    return x or y, not x
