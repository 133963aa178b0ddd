# Binary arithmetic operators and their reflected forms.
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'V({self.n})'

ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow',
       'lshift', 'rshift', 'and', 'xor', 'or', 'divmod']
def make(name):
    def fwd(self, other):
        return f'{self!r}.__{name}__({other!r})'
    def ref(self, other):
        return f'{self!r}.__r{name}__({other!r})'
    return fwd, ref
for name in ops:
    fwd, ref = make(name)
    setattr(V, f'__{name}__', fwd)
    setattr(V, f'__r{name}__', ref)

a, b = V(1), V(2)
print(a + b); print(a - b); print(a * b); print(a @ b); print(a / b)
print(a // b); print(a % b); print(a ** b); print(a << b); print(a >> b)
print(a & b); print(a ^ b); print(a | b); print(divmod(a, b))
print(1 + a); print(1 - a); print(2 * a); print(3 @ a); print(4 / a)
print(5 // a); print(6 % a); print(7 ** a); print(8 << a); print(9 >> a)
print(10 & a); print(11 ^ a); print(12 | a); print(divmod(13, a))
print('s' + a, [1] * a, pow(2, a))

class Plain:
    pass
p = Plain()
for expr in ['p + 1', '1 + p', 'p - p', 'p * 1.5', 'p @ p', 'p / 2', 'p // 2', 'p % 2',
             'p ** 2', 'p << 1', 'p >> 1', 'p & 1', 'p ^ 1', 'p | 1', 'divmod(p, 1)',
             '"a" + 1', '1 + "a"', '[1] + (1,)', 'None * 2', '{} | []', '1 @ 2', 'pow(p, 2, 3)']:
    try:
        print(expr, '->', eval(expr))
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
