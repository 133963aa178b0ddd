# What the session-7 forms become when their guards stop holding (after 53 misses the site
# re-specializes for what it sees, or goes back to the generic instruction).
from support.forms import forms, warm


class C:
    pass


o = C()
for i in range(40):
    setattr(o, "a%d" % i, i)


def get(o):
    return o.a7


warm(get, o)
del o.a7
o.a7 = 1
warm(get, o)
print("key moved in the dict:", forms(get, "LOAD_ATTR"))
q = C()
q.a7 = 1
warm(get, q)
print("instance with inline values:", forms(get, "LOAD_ATTR"))


class A:
    def m(self):
        return 1


class B(A):
    def m(self):
        return super().m()


warm(B().m)
print("super method:", forms(B.m, "LOAD_SUPER_ATTR"))
globals()["super"] = lambda *a: A()
warm(B().m)
print("super rebound:", forms(B.m, "LOAD_SUPER_ATTR"))
del globals()["super"]


class Seq:
    def __getitem__(self, i):
        return i


def sub(o):
    return o[1]


warm(sub, Seq())
warm(sub, [1, 2])
print("__getitem__, then a list:", forms(sub, "BINARY_OP"))


def concat(n):
    s = ""
    t = ""
    for i in range(n):
        t = s + "x"
    return t


warm(concat, 3)
print("s + 'x' stored elsewhere:", forms(concat, "BINARY_OP"))


class Meta(type):
    pass


class K(metaclass=Meta):
    k = 1


def kget():
    return K.k


warm(kget)
Meta.k = property(lambda cls: 2)
warm(kget)
print("metaclass gains a data descriptor:", forms(kget, "LOAD_ATTR"), kget())
