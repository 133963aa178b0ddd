def f(items):
    for x in items:
        try:
            return x
        except Exception:
            continue
        finally:
            print(x)
    return None

def g():
    with ctx():
        for x in y:
            return x
