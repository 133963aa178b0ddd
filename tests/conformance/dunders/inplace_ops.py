# In-place operators and fallback to the binary operator.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print('iadd')
        self.v += other
        return self
    def __add__(self, other):
        print('add')
        return Acc(self.v + other)
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        print('sub after isub NotImplemented')
        return Acc(self.v - other)
    def __repr__(self):
        return f'Acc({self.v})'

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)

class OnlyBinary:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return OnlyBinary(self.v * o)
    def __rmul__(self, o):
        return OnlyBinary(o * self.v * 10)
    def __repr__(self):
        return f'OB({self.v})'
b = OnlyBinary(3)
keep = b
b *= 2
print(b, b is keep)
n = 2
n *= OnlyBinary(4)
print(n)

class ReturnsOther:
    def __iadd__(self, o):
        return 'replaced'
r = ReturnsOther()
r += 1
print(r)

class ReturnsNone:
    def __ior__(self, o):
        pass
x = ReturnsNone()
x |= 1
print(x)

lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
try:
    lst2 = [1]
    lst2 = lst2 + (2,)
except TypeError as e:
    print(type(e).__name__, e)
