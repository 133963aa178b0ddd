# A dunder whose descriptor __get__ raises AttributeError: ==/< give NotImplemented, hash makes the
# type unhashable, repr falls back to the default; __init__ and __len__ propagate the error.
def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
print(E() == E())
class L:
    __lt__ = property(booh)
try:
    print(L() < L())
except Exception as e:
    print(type(e).__name__, e)
class H:
    __hash__ = property(booh)
try:
    print(hash(H()))
except Exception as e:
    print(type(e).__name__, e)
class I:
    __init__ = property(booh)
try:
    I()
except AttributeError as e:
    print("init", e)
class R:
    __repr__ = property(booh)
try:
    print(repr(R()).split(" at ")[0])
except AttributeError as e:
    print("repr", e)
class Len:
    __len__ = property(booh)
try:
    len(Len())
except Exception as e:
    print("len", type(e).__name__, e)
class Both:
    __eq__ = property(booh)
    def __ne__(self, other):
        return "ne called"
print(Both() != Both(), Both() == 1)
class Raises:
    def __eq__(self, other):
        raise AttributeError("from the call")
try:
    Raises() == Raises()
except AttributeError as e:
    print("call error propagates:", e)
class Get:
    class D:
        def __get__(self, obj, owner):
            return lambda *a: "bound " + type(obj).__name__ + " " + str(len(a))
    __eq__ = D()
    __repr__ = D()
    __hash__ = D()
print(Get() == 1, repr(Get()))
try:
    hash(Get())
except TypeError as e:
    print("hash", e)
