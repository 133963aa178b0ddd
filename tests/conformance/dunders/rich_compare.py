# Rich comparisons: reflection, NotImplemented, and error messages.
class C:
    def __init__(self, name):
        self.name = name
    def __lt__(self, other):
        print(f'{self.name}.__lt__({other.name})')
        return NotImplemented
    def __gt__(self, other):
        print(f'{self.name}.__gt__({other.name})')
        return NotImplemented
    def __eq__(self, other):
        print(f'{self.name}.__eq__({getattr(other, "name", other)})')
        return NotImplemented

a, b = C('a'), C('b')
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a == b)
print(a == a)
print(a != b)

class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __le__(self, other):
        return self.v <= other.v
    def __eq__(self, other):
        return isinstance(other, Ordered) and self.v == other.v
    __hash__ = None

x, y = Ordered(1), Ordered(2)
print(x < y, x > y, x <= y, x >= y, x == y, x != y, x == Ordered(1), x != Ordered(1))
print(sorted([Ordered(3), x, y], key=lambda o: o.v)[0].v, [o.v for o in sorted([Ordered(3), y, x])])
print(max(x, y).v, min([y, x]).v)

class Plain:
    pass
p, q = Plain(), Plain()
for op in ['<', '<=', '>', '>=']:
    try:
        eval(f'p {op} q')
    except TypeError as e:
        print(type(e).__name__, e)
print(p == q, p != q, p == p, p != p)
for expr in ['1 < "a"', '[1] < (1,)', 'None > None', '{} <= {}', '1j < 2j', 'p < 1', '"a" >= 1.5']:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)

class Weird:
    def __eq__(self, other):
        return 'eq result'
    def __ne__(self, other):
        return 0
print(Weird() == 1, Weird() != 1, 1 == Weird(), [Weird()] == [Weird()])

class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq() != OnlyEq(), OnlyEq() != 5)
class NeInvert:
    def __eq__(self, other):
        return 'truthy string'
print(NeInvert() != 1)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
