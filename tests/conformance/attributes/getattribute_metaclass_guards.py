# LOAD_ATTR on classes with a Python __getattribute__ and on classes with a metaclass, while the
# classes change under hot sites.


class G:
    def __getattribute__(self, name):
        return "G:" + name


def get(o, n):
    r = None
    for _ in range(n):
        r = o.anything
    return r


print(get(G(), 60))
G.__getattribute__ = lambda self, name: "new:" + name
print(get(G(), 60))


def fallback(self, name):
    return "getattr:" + name


def raising(self, name):
    raise AttributeError("no " + name)


G.__getattribute__ = raising
G.__getattr__ = fallback
print(get(G(), 60))
del G.__getattr__
try:
    get(G(), 3)
except AttributeError as e:
    print("AttributeError", e)


class H(G):
    def __getattribute__(self, name):
        return "H:" + object.__getattribute__(self, "v")


h = H()
h.v = 1
try:
    get(h, 3)
except TypeError as e:
    print("TypeError", e)
h.v = "x"
print(get(h, 60))


def deep(self, name):
    return getattr(self, name)


class R:
    __getattribute__ = deep


try:
    R().x
except RecursionError:
    print("RecursionError")


class Meta(type):
    pass


class C(metaclass=Meta):
    k = 1

    def f(self):
        return "f"


def cls_get(n):
    r = None
    for _ in range(n):
        r = (C.k, C.f(C()))
    return r


print(cls_get(60))
C.k = 2
print(cls_get(60))
Meta.k = property(lambda cls: "meta property")
print(cls_get(60))
del Meta.k
Meta.k = "meta plain"
print(cls_get(60))


class Meta2(type):
    def __getattribute__(cls, name):
        return "Meta2:" + name



try:
    C.__class__ = Meta2
except TypeError as e:
    print("TypeError", e)


class D(metaclass=Meta2):
    k = 3


def dget(cls, n):
    return [cls.k for _ in range(n)][-1]


print(dget(D, 60), dget(C, 60))
