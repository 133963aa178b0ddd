# Explicit chaining with `raise ... from ...` and `from None`.
def show(e):
    c = e.__cause__
    x = e.__context__
    print(type(e).__name__, str(e), "cause=", repr(c), "context=", repr(x),
          "suppress=", e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError as err:
        raise RuntimeError("bad number") from err
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    show(e)
try:
    raise TypeError("t") from KeyError("k")
except TypeError as e:
    show(e)
try:
    raise TypeError("cls") from IndexError
except TypeError as e:
    show(e)
try:
    raise TypeError("bad") from 5
except TypeError as e:
    show(e)
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__)
e.__suppress_context__ = False
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    e.__cause__ = "nope"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 3
except TypeError as err:
    print(type(err).__name__, err)
w = ValueError("w").with_traceback(None)
print(repr(w), w.__traceback__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
