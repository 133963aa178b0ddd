# Subclassing tuple, set and frozenset.
class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    first = property(lambda self: self[0])
    second = property(lambda self: self[1])
    def __repr__(self):
        return f'Pair({self[0]!r}, {self[1]!r})'
    def swap(self):
        return type(self)(self[1], self[0])

p = Pair(1, 'x')
print(p, p.first, p.second, p.swap(), len(p), p == (1, 'x'), hash(p) == hash((1, 'x')))
a, b = p
print(a, b, list(p), p + (3,), type(p + (3,)).__name__, p[::-1], type(p[::-1]).__name__)
try:
    p.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Pair(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Pair(2, 'a'), Pair(1, 'b')]))

class Tags(set):
    def add(self, item):
        super().add(item.lower())
t = Tags()
t.add('A')
t.add('a')
t.update(['B'])
print(sorted(t), type(t | {'c'}).__name__, type(t.copy()).__name__, isinstance(t, set))

class FS(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
f = FS(3, 1, 2, 1)
print(sorted(f), len(f), type(f).__name__, type(f & {1}).__name__, {f: 'hashable'}[FS(1, 2, 3)])

class Empty(tuple):
    pass
e = Empty()
print(e, repr(e), type(e).__name__, e == (), type(e) is tuple, Empty([1, 2]))
e.attr = 'tuple subclasses without __slots__ have __dict__'
print(e.attr)

class Vec(tuple):
    def __add__(self, other):
        return Vec(x + y for x, y in zip(self, other))
    def __mul__(self, k):
        return Vec(x * k for x in self)
    __rmul__ = __mul__
v = Vec((1, 2, 3))
print(v + (10, 20, 30), v * 2, 3 * v, type(v * 2).__name__, tuple.__add__(v, (4,)))
