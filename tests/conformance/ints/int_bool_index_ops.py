# int subclasses and __index__ in arithmetic and indexing contexts; operator dunders on ints.
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
a = MyInt(7)
print(a, repr(a), a + 1, type(a + 1).__name__, a * a, -a, type(-a).__name__, abs(MyInt(-3)), type(abs(MyInt(-3))).__name__)
print(a == 7, a < 8, hash(a) == hash(7), [0, 1, 2, 3, 4, 5, 6, 7, 8][a], "abcdefgh"[a], divmod(a, 2))
print(int(a), type(int(a)).__name__, str(a), format(a, "x"), f"{a}", "%d" % a, a.bit_length(), a.to_bytes(1, "big"))
class Adder(int):
    def __add__(self, other):
        return "custom add"
    def __radd__(self, other):
        return "custom radd"
print(Adder(1) + 1, 1 + Adder(1), sum([Adder(1)], 0) if False else "", Adder(2) * 3)
class Rsub(int):
    def __rsub__(self, other):
        return "rsub wins"
print(5 - Rsub(1), Rsub(1) - 5)
print((7).__add__(1), (7).__radd__(1), (7).__sub__(10), (7).__rsub__(10), (7).__mul__(3), (7).__rmul__(3))
print((7).__truediv__(2), (7).__rtruediv__(2), (7).__mod__(-3), (7).__rmod__(-3), (7).__lshift__(2), (7).__rrshift__(64))
print((7).__pow__(2), (7).__pow__(2, 5), (7).__rpow__(2), (-7).__abs__(), (7).__and__(3), (7).__xor__(1))
print((7).__add__(1.5), (7).__lt__(1.5), (7).__eq__(7.0), (7).__truediv__(0.5))
try:
    (7).__truediv__(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(int.__add__(3, 4), int.__mul__(True, 5), int.__neg__(False), int.__repr__(True))
try:
    int.__add__(3.0, 4)
except TypeError as e:
    print(type(e).__name__, e)
