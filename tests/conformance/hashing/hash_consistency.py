# Equal objects hash equally across numeric types; custom __eq__ without __hash__ makes unhashable.
from_fraction = [(1, 1.0), (0, -0.0), (2 ** 53, float(2 ** 53)), (-5, -5.0), (True, 1), (False, 0.0),
                 (10 ** 15, 1e15), (2 ** 70, float(2 ** 70)), (1, 1 + 0j), (0.5, 0.5 + 0j)]
for a, b in from_fraction:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
class A:
    pass
class B:
    def __eq__(self, other):
        return True
class C(B):
    __hash__ = object.__hash__
class D:
    def __repr__(self):
        return "D()"
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 42
print(A.__hash__ is object.__hash__, B.__hash__, C.__hash__ is object.__hash__, hash(D()))
try:
    hash(B())
except TypeError as e:
    print(type(e).__name__, e)
print({D(): 1, D(): 2}, len({D(), D()}))
class E(D):
    pass
print(hash(E()), E.__hash__ is D.__hash__)
class F(D):
    def __eq__(self, other):
        return False
try:
    hash(F())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(D.__new__(D)), type(hash(A())).__name__)
