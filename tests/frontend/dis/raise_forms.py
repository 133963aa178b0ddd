def f(x):
    if x == 1:
        raise
    if x == 2:
        raise ValueError
    if x == 3:
        raise ValueError("bad") from None
    raise ValueError(x) from KeyError()
