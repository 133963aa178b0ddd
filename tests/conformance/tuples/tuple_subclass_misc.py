# tuple subclasses, tuple methods via type, iteration, conversion and tuple() identity shortcuts.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%r, %r)" % self
p = Point(3, 4)
print(p, p.x, p[1], len(p), p + (5,), type(p + (5,)).__name__, tuple(p), type(tuple(p)).__name__, p == (3, 4))
print(isinstance(p, tuple), hash(p) == hash((3, 4)), sorted([Point(2, 1), Point(1, 2)]), p[:1], type(p[:1]).__name__)
t = (1, 2, 3)
print(tuple(t) is t, t[:] is t, t * 1 is t, (t + ()) is t if False else "skip")
print(tuple.__len__(t), tuple.__getitem__(t, 1), tuple.__contains__(t, 2), tuple.count(t, 3))
it = iter(t)
print(next(it), list(it), list(it))
print(list(reversed(t)), sum(t), max(t), sorted(t, reverse=True), any(()), all(()))
print(tuple(x * 2 for x in t), tuple(map(str, t)), tuple(zip(t, "abc")))
print(tuple(enumerate("ab")), tuple(dict(a=1, b=2).items()))
nested = ((1, 2), (3, (4, (5,))))
print(nested[1][1][1][0], len(nested), str(nested))
e = ()
print(e, len(e), bool(e), e == (), not e, e + e, e * 10)
print((1, 2) != (1, 2), (1, 2) != (2, 1), (1,) * 3 == (1, 1, 1))
print(tuple.__add__((1,), (2,)), tuple.__mul__((1, 2), 2), tuple.__repr__((1,)))
try:
    tuple.__add__((1,), [2])
except TypeError as e:
    print(type(e).__name__, e)
