# Function equality and identity.
def f():
    return 1

g = f
print(f is g, f == g, f != g)

def make():
    def inner():
        return 2
    return inner

a = make()
b = make()
print(a is b, a == b, a.__code__ is b.__code__)
print(a.__qualname__ == b.__qualname__)
print(hash(f) == hash(g))
d = {f: 'f', a: 'a', b: 'b'}
print(len(d), d[f], d[a], d[b])
print(f in [a, b, f], f in [a, b])
print({f, g, f} == {f})

class C:
    def m(self):
        pass

c1 = C()
c2 = C()
print(c1.m == c1.m, c1.m is c1.m, c1.m == c2.m)
print(C.m is C.m, C.m == C.m)
print(hash(c1.m) == hash(c1.m))
print(len({c1.m, c1.m, c2.m}))

class Eq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
    def m(self):
        pass

e1, e2 = Eq(), Eq()
# method equality uses identity of __self__ in 3.8+
print(e1.m == e2.m, e1.m == e1.m)

try:
    print(f < g)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([f, g], key=lambda fn: fn.__name__) == [f, f])
print(type(f) is type(a), type(f).__name__)
print(f.__code__ == f.__code__)
print([fn() for fn in (f, g, a)])
