def f(x):
    if __debug__:
        check(x)
    if not __debug__:
        skip()
    return x
