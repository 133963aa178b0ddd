# Default equality and hashing of instances is identity-based.
class P:
    def __init__(self, v):
        self.v = v

a, b = P(1), P(1)
print(a == b, a != b, a == a, a != a, a is a)
print(hash(a) == hash(a), hash(a) == hash(b), type(hash(a)).__name__)
s = {a, b, a}
print(len(s), a in s, P(1) in s)
d = {a: 'a'}
print(d.get(a), d.get(b))
print([a, b].count(a), [a, b].index(b))

class WithEq(P):
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
print(WithEq(1) == WithEq(1), WithEq(1) == P(1), P(1) == WithEq(1), WithEq(1) != WithEq(2))
print(WithEq.__hash__ is None, P.__hash__ is object.__hash__)

class WithHashOnly(P):
    def __hash__(self):
        return hash(self.v)
x, y = WithHashOnly(1), WithHashOnly(1)
print(hash(x) == hash(y), x == y, len({x, y}))

class Keyed(P):
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
k1, k2 = Keyed('k'), Keyed('k')
print(k1 == k2, len({k1, k2}), {k1: 1}[k2])

class Mutating(Keyed):
    pass
m = Mutating(1)
store = {m}
m.v = 2
print(m in store, Mutating(2) in store, Mutating(1) in store, len(store))

class EqNotImpl:
    def __eq__(self, other):
        return NotImplemented
e = EqNotImpl()
print(e == e, e == EqNotImpl(), e != e, e != EqNotImpl())
print(object() == object(), object().__eq__(object()))
class NeOnly:
    def __ne__(self, other):
        return 'ne called'
print(NeOnly() != 1, NeOnly() == NeOnly(), hash(NeOnly()) is not None)
