# Building symbolic expressions with operator overloading.
class Expr:
    def __add__(self, o): return Bin('+', self, wrap(o))
    def __radd__(self, o): return Bin('+', wrap(o), self)
    def __sub__(self, o): return Bin('-', self, wrap(o))
    def __rsub__(self, o): return Bin('-', wrap(o), self)
    def __mul__(self, o): return Bin('*', self, wrap(o))
    def __rmul__(self, o): return Bin('*', wrap(o), self)
    def __truediv__(self, o): return Bin('/', self, wrap(o))
    def __pow__(self, o): return Bin('**', self, wrap(o))
    def __neg__(self): return Neg(self)
    def __call__(self, **env): return self.eval(env)

class Const(Expr):
    def __init__(self, v): self.v = v
    def __repr__(self): return repr(self.v)
    def eval(self, env): return self.v
    def diff(self, var): return Const(0)

class Var(Expr):
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
    def eval(self, env): return env[self.name]
    def diff(self, var): return Const(1 if var == self.name else 0)

class Neg(Expr):
    def __init__(self, e): self.e = e
    def __repr__(self): return f'-({self.e!r})'
    def eval(self, env): return -self.e.eval(env)
    def diff(self, var): return Neg(self.e.diff(var))

class Bin(Expr):
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
           '/': lambda a, b: a / b, '**': lambda a, b: a ** b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def __repr__(self): return f'({self.l!r} {self.op} {self.r!r})'
    def eval(self, env): return Bin.ops[self.op](self.l.eval(env), self.r.eval(env))
    def diff(self, var):
        l, r, dl, dr = self.l, self.r, self.l.diff(var), self.r.diff(var)
        if self.op in '+-':
            return Bin(self.op, dl, dr)
        if self.op == '*':
            return dl * r + l * dr
        if self.op == '**' and isinstance(r, Const):
            return r * l ** Const(r.v - 1) * dl
        raise NotImplementedError(f'cannot differentiate {self.op}')

def wrap(v):
    return v if isinstance(v, Expr) else Const(v)

x, y = Var('x'), Var('y')
e = 3 * x ** 2 + 2 * x * y - 7
print(e)
print(e(x=2, y=5), e.eval({'x': -1, 'y': 0}))
print(e.diff('x'))
print(e.diff('x')(x=2, y=5), e.diff('y')(x=2, y=5))
print(-x + 1, (1 - x)(x=10), (x / 4)(x=10))
try:
    (x / y).diff('x')
except NotImplementedError as err:
    print(type(err).__name__, err)
try:
    e(x=1)
except KeyError as err:
    print(type(err).__name__, err)
try:
    x @ y
except TypeError as err:
    print(type(err).__name__, err)
