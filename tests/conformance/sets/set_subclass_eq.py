# Sets with custom hash/eq objects, subclasses of set, and set of bools/ints collapse.
class P:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return hash(self.x % 3)
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __repr__(self):
        return "P(%d)" % self.x
ps = {P(1), P(4), P(1), P(7), P(4)}
print(len(ps), sorted(p.x for p in ps), P(4) in ps, P(10) in ps)
class MySet(set):
    def __repr__(self):
        return "MySet(" + repr(sorted(self)) + ")"
m = MySet([3, 1, 2])
print(m, type(m | {4}).__name__, type(m.copy()).__name__, isinstance(m, set), m == {1, 2, 3})
m.add(0)
print(m, len(m))
print({True, 1, 1.0}, {False, 0, 0.0, -0.0}, {1, True} == {1}, len({0, False, 0j}))
print(sorted({-1, True, 2.5, False}))
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([{}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted({1, "a"})
except TypeError as e:
    print(type(e).__name__, str(e).split(" between")[0])
