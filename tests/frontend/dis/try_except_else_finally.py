def f(x):
    try:
        y = g(x)
    except Exception as e:
        log(e)
        y = None
    else:
        log(y)
    finally:
        cleanup()
    return y
