# Mutual recursion: bounded cases succeed, unbounded ones raise RecursionError.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(8)])
print(is_even(400), is_odd(401), is_odd(300))
def a(n):
    return b(n + 1)
def b(n):
    return c(n)
def c(n):
    return a(n)
try:
    a(0)
except RecursionError as e:
    print(type(e).__name__, "maximum recursion depth exceeded" in str(e))
def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))
def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))
print([hofstadter_f(n) for n in range(15)])
print([hofstadter_m(n) for n in range(15)])
class Expr:
    def evaluate(self):
        raise NotImplementedError
class Num(Expr):
    def __init__(self, v):
        self.v = v
    def evaluate(self):
        return self.v
class Add(Expr):
    def __init__(self, l, r):
        self.l, self.r = l, r
    def evaluate(self):
        return self.l.evaluate() + self.r.evaluate()
e = Num(0)
for i in range(1, 200):
    e = Add(e, Num(i))
print(e.evaluate())
loop = Add(Num(1), Num(2))
loop.r = loop
try:
    loop.evaluate()
except RecursionError as err:
    print("cyclic expression:", type(err).__name__)
