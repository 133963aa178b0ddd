# Attribute loads and stores on instances whose attributes live in a __dict__ (WITH_HINT forms),
# slots-only instances reading class attributes (NONDESCRIPTOR_NO_DICT) and methods of exception
# subclass instances (METHOD_LAZY_DICT), with the guarded facts changing while the sites are hot.


class C:
    k = "class"


def make(n):
    o = C()
    for i in range(n):
        setattr(o, "a%d" % i, i)
    o.__dict__  # the dict exists from here on
    return o


def read(o, n):
    t = 0
    for _ in range(n):
        t += o.a3
    return t


def write(o, n):
    for i in range(n):
        o.a3 = i
    return o.a3


o = make(10)
print(read(o, 60), write(o, 60))
# Delete and re-add: the key moves to another entry, the cached index no longer holds it.
del o.a3
o.a3 = 7
print(read(o, 60), write(o, 60))
# Another instance of the class, with the key at another position.
p = make(10)
del p.a0
print(read(p, 60), write(p, 60))
# An instance still using a shape at the same site.
q = C()
q.a3 = 5
print(read(q, 60), write(q, 60))
# A replaced __dict__.
o.__dict__ = {"a3": 100}
print(read(o, 5), write(o, 5), o.__dict__)
# A property on the class wins over the dict from now on.
C.a3 = property(lambda self: -1, lambda self, v: None)
print(read(o, 5), write(o, 5), o.__dict__)
del C.a3
print(read(o, 5))
# The attribute disappears.
del o.a3
try:
    read(o, 5)
except AttributeError as e:
    print("AttributeError", e)


def method_site(o, n):
    out = []
    for _ in range(n):
        out.append(o.k)
    return out[-1]


# A class attribute seen through an instance whose dict shadows it, then not.
o.k = "instance"
print(method_site(o, 60))
del o.k
print(method_site(o, 60))
# __class__ assignment mid-loop.


class D:
    k = "D"


def switch(o, n):
    r = []
    for i in range(n):
        if i == n // 2:
            o.__class__ = D
        r.append(o.a5)
        r.append(o.k)
    return r[-4:]


print(switch(make(8), 60))


class Slotted:
    __slots__ = ("x",)
    k = 1


def nodict(objs):
    return [s.k for s in objs]


print(sum(nodict([Slotted() for _ in range(60)])))
Slotted.k = 2
print(sum(nodict([Slotted() for _ in range(60)])))


class Sub(Slotted):
    pass


print(sum(nodict([Slotted(), Sub()] * 30)))


class E(Exception):
    def describe(self):
        return "E" + str(self.args)


def lazy(e, n):
    return [e.describe() for _ in range(n)][-1]


e = E(1)
print(lazy(e, 60))
e.describe = lambda: "shadowed"
print(lazy(e, 60))
print(lazy(E(2), 60))
E.describe = lambda self: "replaced"
print(lazy(E(3), 60))
