def f(items):
    for x in items:
        try:
            if x:
                continue
            if x is None:
                break
        finally:
            done(x)
