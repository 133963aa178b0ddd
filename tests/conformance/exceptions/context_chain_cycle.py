# Implicit chaining over a __context__ chain that already has a cycle ends (CPython's
# _PyErr_SetObject stops with Floyd's cycle check), and a raised exception that is already in
# the handled one's chain is cut out of it.


def cycle_of(n):
    excs = [ValueError(i) for i in range(n)]
    for a, b in zip(excs, excs[1:] + excs[:1]):
        a.__context__ = b
    return excs


for n in (1, 2, 3, 5):
    excs = cycle_of(n)
    try:
        try:
            raise excs[0]
        except ValueError:
            raise TypeError("new")
    except TypeError as e:
        ctx = e.__context__
        print(n, type(ctx).__name__, ctx.args, ctx.__context__ is not None)

# A cycle below the head of the handled exception's chain.
a, b, c = KeyError("a"), KeyError("b"), KeyError("c")
a.__context__ = b
b.__context__ = c
c.__context__ = b
try:
    try:
        raise a
    except KeyError:
        raise RuntimeError("x")
except RuntimeError as e:
    print("tail cycle", e.__context__ is a, a.__context__ is b)

# The raised exception is in the chain: the chain is cut where it points back.
x, y = OSError("x"), OSError("y")
y.__context__ = x
try:
    try:
        raise y
    except OSError:
        raise x
except OSError as e:
    print("cut", e is x, e.__context__ is y, y.__context__)
