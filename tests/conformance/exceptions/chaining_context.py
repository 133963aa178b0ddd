# Implicit chaining: __context__ is set when raising inside a handler.
def describe(e):
    ctx = e.__context__
    cause = e.__cause__
    return (type(e).__name__, str(e),
            type(ctx).__name__ if ctx is not None else None,
            type(cause).__name__ if cause is not None else None,
            e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(describe(e))
    print(str(e.__context__))
try:
    try:
        raise KeyError("a")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(describe(e))
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            raise RuntimeError("c")
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
# The same exception re-raised does not chain to itself.
try:
    try:
        raise ValueError("self")
    except ValueError as inner:
        raise inner
except ValueError as e:
    print("self context:", e.__context__)
# Context set even for a handled-then-raised exception object made earlier.
made = LookupError("premade")
try:
    try:
        raise OSError("first")
    except OSError:
        raise made
except LookupError as e:
    print(describe(e))
# No context when nothing is being handled.
try:
    raise ValueError("plain")
except ValueError as e:
    print(describe(e))
