# Subclassing int, float and str.
class Meters(int):
    def __repr__(self):
        return f'Meters({int(self)})'
    def __add__(self, other):
        return Meters(int(self) + int(other))

m = Meters(5)
print(m, repr(m), str(m), m + 3, type(m + 3).__name__)
print(3 + m, type(3 + m).__name__, m * 2, type(m * 2).__name__)
print(m == 5, hash(m) == hash(5), isinstance(m, int), int(m), type(int(m)).__name__)
print(f'{m}', f'{m:>4}', '%d' % m, bin(m), [0, 1, 2, 3, 4, 5][m])

class Flag(int):
    def __bool__(self):
        return False
print(bool(Flag(1)), 'truthy' if Flag(7) else 'falsy', Flag(1) + 1)

class Celsius(float):
    def __str__(self):
        return f'{float(self):.1f}C'
c = Celsius(21.456)
print(c, repr(c), c + 1, type(c + 1).__name__, round(c, 1))

class Name(str):
    def greet(self):
        return 'Hello, ' + self
    def upper(self):
        return Name(super().upper())
n = Name('ada')
print(n.greet(), n.upper(), type(n.upper()).__name__, type(n.title()).__name__)
print(n + '!', type(n + '!').__name__, n[0], type(n[0]).__name__, len(n))
print(n == 'ada', 'ada' == n, {n: 1}['ada'], n in {'ada'}, repr(n))
print(type(str(n)).__name__, type(n.__str__()).__name__, f'{n}', type(f'{n}').__name__)

class Bits(int):
    def __new__(cls, value, width=8):
        obj = super().__new__(cls, value)
        obj.width = width
        return obj
    def __str__(self):
        return format(int(self), f'0{self.width}b')
print(Bits(5), Bits(5, 4), Bits(5).width)

class Weird(str):
    def __len__(self):
        return 42
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
w = Weird('x')
print(len(w), w == 'y', 'y' == w, w in ['z'], 'x' in {w: 1})

class BoolLike(int):
    pass
print(BoolLike(True), type(BoolLike(True)).__name__, BoolLike('12'), BoolLike('ff', 16))
try:
    BoolLike('zz')
except ValueError as e:
    print(type(e).__name__, e)
