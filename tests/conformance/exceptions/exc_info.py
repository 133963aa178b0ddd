# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
print("after:", sys.exc_info(), sys.exception())
def inner():
    return sys.exc_info()[0]
try:
    raise KeyError("k")
except KeyError:
    print("called function sees", inner().__name__)
    try:
        raise TypeError("t")
    except TypeError:
        print("nested:", sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
try:
    try:
        raise IndexError("i")
    finally:
        print("in finally:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
except IndexError:
    pass
def gen():
    try:
        raise OSError("g")
    except OSError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
try:
    raise RuntimeError("caller")
except RuntimeError:
    print(next(g))
print(sys.exc_info()[0])
try:
    raise ValueError
except ValueError:
    print(repr(sys.exc_info()[1]), sys.exc_info()[1].args)
