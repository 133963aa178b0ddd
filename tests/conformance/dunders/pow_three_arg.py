# __pow__ with a modulus and __rpow__.
class M:
    def __init__(self, v):
        self.v = v
    def __pow__(self, exp, mod=None):
        return ('pow', self.v, exp, mod)
    def __rpow__(self, base, mod=None):
        return ('rpow', base, self.v, mod)
    def __repr__(self):
        return f'M({self.v})'

print(M(2) ** 3)
print(pow(M(2), 3))
print(pow(M(2), 3, 5))
print(2 ** M(3))
print(pow(2, M(3)))
try:
    print(pow(2, M(3), 5))
except TypeError as e:
    print(type(e).__name__, e)
print(pow(M(1), M(2)))

class TwoArg:
    def __pow__(self, other):
        return 'two-arg pow'
print(TwoArg() ** 1)
try:
    pow(TwoArg(), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)

def t(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

t(lambda: pow(2, 10, 1000))
t(lambda: pow(2, -1, 7))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(0, -1))
t(lambda: 0.0 ** -1)
t(lambda: (-8) ** (1/3) == (-8) ** (1/3))
t(lambda: pow(-2, 0.5).real.__round__(6))
t(lambda: 2 ** -2)
t(lambda: pow(3, 4, -5))

class NI:
    def __pow__(self, other, mod=None):
        return NotImplemented
    def __rpow__(self, other, mod=None):
        return NotImplemented
t(lambda: NI() ** 2)
t(lambda: 2 ** NI())
t(lambda: pow(NI(), 2, 3))
t(lambda: NI() ** NI())
