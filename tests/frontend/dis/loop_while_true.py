def f(it):
    while True:
        x = next(it)
        if x is None:
            break
    while 1:
        return 1
