# Unary operators: __neg__, __pos__, __invert__, __abs__.
class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return U(-self.v)
    def __pos__(self):
        return 'pos of ' + str(self.v)
    def __invert__(self):
        return U(~self.v)
    def __abs__(self):
        return abs(self.v) * 100
    def __repr__(self):
        return f'U({self.v})'

u = U(5)
print(-u, +u, ~u, abs(u), -(-u), abs(U(-3)))
print(--u, ~~u)

class Nothing:
    pass
n = Nothing()
for thunk, label in ((lambda: -n, '-'), (lambda: +n, '+'), (lambda: ~n, '~'), (lambda: abs(n), 'abs')):
    try:
        thunk()
    except TypeError as e:
        print(label, type(e).__name__, e)

def t(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

t(lambda: -'s')
t(lambda: +[1])
t(lambda: ~1.5)
t(lambda: abs('x'))
t(lambda: -None)
t(lambda: ~True)
t(lambda: -True)
t(lambda: +True)
t(lambda: abs(-0.0))
t(lambda: -(-2**63))
t(lambda: ~0)
t(lambda: abs(complex(3, 4)))

class NI:
    def __neg__(self):
        return NotImplemented
t(lambda: -NI())

class SubInt(int):
    def __neg__(self):
        return 'custom neg'
print(-SubInt(3), +SubInt(3), type(+SubInt(3)).__name__, abs(SubInt(-2)), type(abs(SubInt(-2))).__name__)

class OnInstance:
    pass
o = OnInstance()
o.__neg__ = lambda: 'instance neg'
t(lambda: -o)
OnInstance.__neg__ = lambda self: 'class neg'
t(lambda: -o)
