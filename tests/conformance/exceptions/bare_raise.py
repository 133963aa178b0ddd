# Bare `raise` re-raises the exception being handled.
def f():
    try:
        raise KeyError("original")
    except KeyError:
        print("handling, re-raising")
        raise
try:
    f()
except KeyError as e:
    print("outer got", type(e).__name__, e)
def g():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise  # re-raises ValueError again, the handled one
try:
    g()
except Exception as e:
    print("after nested handler:", type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def helper():
    raise  # called inside a handler: re-raises the caller's exception
try:
    try:
        raise IndexError("from caller")
    except IndexError:
        helper()
except IndexError as e:
    print("helper re-raised:", e)
def in_finally():
    try:
        raise OSError("in try")
    finally:
        print("finally runs")
try:
    in_finally()
except OSError as e:
    print("propagated:", e)
try:
    try:
        raise NameError("n")
    except NameError as e:
        e.args = ("modified",)
        raise
except NameError as e:
    print("modified re-raise:", e)
