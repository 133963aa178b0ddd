# __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__.
import math

class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return complex(1, 2)
    def __round__(self, ndigits=None):
        return ('round', ndigits)
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'

n = N()
print(int(n), float(n), complex(n))
print(round(n), round(n, 2), round(n, None))
print(math.trunc(n), math.floor(n), math.ceil(n))

def t(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

class Nothing:
    pass
t(lambda: int(Nothing()))
t(lambda: float(Nothing()))
t(lambda: complex(Nothing()))
t(lambda: round(Nothing()))
t(lambda: math.trunc(Nothing()))
t(lambda: math.floor(Nothing()))
t(lambda: math.ceil(Nothing()))

class OnlyTrunc:
    def __trunc__(self):
        return 3
t(lambda: int(OnlyTrunc()))

class BadInt:
    def __int__(self):
        return 'x'
class BadFloat:
    def __float__(self):
        return 1
class BadComplex:
    def __complex__(self):
        return 1.0
t(lambda: int(BadInt()))
t(lambda: float(BadFloat()))
t(lambda: complex(BadComplex()))
class IntSubReturn:
    def __int__(self):
        return True
t(lambda: int(IntSubReturn()))
class FloatFromIndex:
    def __index__(self):
        return 5
t(lambda: float(FloatFromIndex()))
t(lambda: complex(FloatFromIndex()))
class ComplexFromFloat:
    def __float__(self):
        return 4.5
t(lambda: complex(ComplexFromFloat()))
t(lambda: int(ComplexFromFloat()))
t(lambda: round(2.5), )
t(lambda: (round(3.5), round(-0.5), round(0.125, 2), round(1234, -2), round(15, -1)))
t(lambda: (math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), int(-1.5)))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: int(float('inf')))
t(lambda: round(1.5, 'x'))
t(lambda: int('  42  '), )
t(lambda: (float(' 1e3 '), float('-inf'), complex('1+2j')))
