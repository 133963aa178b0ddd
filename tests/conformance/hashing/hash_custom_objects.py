# __hash__ on user classes: inheritance, eq-only override, return coercion, dataclass-like patterns.
class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return type(other) is type(self) and self.v == other.v
    def __hash__(self):
        return hash((type(self).__name__, self.v))
class Child(Base):
    pass
class ChildEq(Base):
    def __eq__(self, other):
        return super().__eq__(other)
print(hash(Base(1)) == hash(Base(1)), hash(Child(1)) == hash(Child(1)), Base(1) == Child(1))
print(len({Base(1), Base(1), Child(1), Child(2)}))
try:
    hash(ChildEq(1))
except TypeError as e:
    print(type(e).__name__, e)
class Ret:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for h in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 63, -(2 ** 63), 2 ** 64 + 7, 10 ** 30, True, False]:
    print(repr(h), hash(Ret(h)))
class IntSub(int):
    pass
for bad in [1.5, "1", None, IntSub(5)]:
    try:
        print(repr(bad), hash(Ret(bad)))
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
class Frozen:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
    def __eq__(self, other):
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Frozen(%r, %r)" % (self.a, self.b)
d = {Frozen(1, "x"): "first"}
d[Frozen(1, "x")] = "second"
print(d, Frozen(1, "x") in d, hash(Frozen(1, "x")) == hash((1, "x")))
