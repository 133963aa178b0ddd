# super().attr and super().method() sites (LOAD_SUPER_ATTR forms) while what they rely on changes.
import builtins


class A:
    k = "A.k"

    def m(self, x):
        return ("A.m", x)

    @property
    def p(self):
        return "A.p"

    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__


class B(A):
    def m(self, x):
        return super().m(x)

    def k_(self):
        return super().k

    def p_(self):
        return super().p

    def cm_(self):
        return super().cm()

    def two_arg(self):
        return super(B, self).m(0)


def run(b, n):
    r = None
    for i in range(n):
        r = (b.m(i), b.k_(), b.p_(), b.cm_(), b.two_arg())
    return r


b = B()
print(run(b, 60))
A.m = lambda self, x: ("new A.m", x)
A.k = "new A.k"
print(run(b, 60))


class Mixin(A):
    def m(self, x):
        return ("Mixin.m", x)

    k = "Mixin.k"


class C(B, Mixin):
    pass


print(run(C(), 60))
# A global named super shadows the builtin mid-loop.
real_super = builtins.super


class Fake:
    def __init__(self, *args):
        self.args = args

    def __getattr__(self, name):
        return lambda *a: ("fake", name, len(self.args))


def hot(b, n):
    out = []
    for i in range(n):
        if i == n // 2:
            globals()["super"] = Fake
        out.append(b.m(i))
    del globals()["super"]
    return out[n // 2 - 1], out[-1]


print(hot(b, 60))
print(run(b, 3))
# super() of a class method and of a static context.


class K(A):
    @classmethod
    def cm(cls):
        return "K " + super().cm()


print([K.cm() for _ in range(60)][-1])
# An instance attribute with the method's name does not affect super().
b.m = "shadow"
print(run(B(), 60)[0], B.m(b, 5))
# super() with an object that is not an instance of the class.
try:
    B.m(A(), 1)
except TypeError as e:
    print("TypeError", e)
