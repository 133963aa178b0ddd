# A small rational number class implementing the numeric protocol by hand.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('Q(%d, 0)' % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def coerce(x):
        if isinstance(x, Q):
            return x
        if isinstance(x, int):
            return Q(x)
        return NotImplemented
    def __repr__(self):
        return f'{self.n}/{self.d}' if self.d != 1 else f'{self.n}'
    def __add__(self, o):
        o = Q.coerce(o)
        if o is NotImplemented:
            return o
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __neg__(self):
        return Q(-self.n, self.d)
    def __sub__(self, o):
        o = Q.coerce(o)
        return o if o is NotImplemented else self + -o
    def __rsub__(self, o):
        return -self + o
    def __mul__(self, o):
        o = Q.coerce(o)
        return o if o is NotImplemented else Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Q.coerce(o)
        return o if o is NotImplemented else Q(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Q.coerce(o) / self
    def __floordiv__(self, o):
        q = self / o
        return q.n // q.d
    def __mod__(self, o):
        return self - Q.coerce(o) * (self // o)
    def __divmod__(self, o):
        return self // o, self % o
    def __pow__(self, k):
        return Q(self.n ** k, self.d ** k) if k >= 0 else Q(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = Q.coerce(o)
        return o if o is NotImplemented else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Q.coerce(o)
        return o if o is NotImplemented else self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __bool__(self):
        return self.n != 0
a, b = Q(1, 2), Q(1, 3)
print(a + b, a - b, a * b, a / b, b - a, 1 + a, 1 - a, 2 * b, 1 / a)
print(Q(7, 2) // Q(1, 1), Q(7, 2) % 2, divmod(Q(7, 2), 1), a ** 3, a ** -2)
print(a == Q(2, 4), a == 0.5, a != b, a < b, a > b, sorted([a, b, Q(0), Q(-1, 5)]))
print(float(a), bool(Q(0)), bool(b), len({Q(1, 2), Q(2, 4), Q(3, 6)}))
print(sum([Q(1, n) for n in range(1, 7)]))
try:
    a + 0.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
