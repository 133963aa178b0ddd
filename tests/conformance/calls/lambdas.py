# Lambda expressions.
sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__)
add = lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
print(add(1, d=4))
print(add(1, 2, 3, 4, d=0, z=9))
print((lambda: 'no args')())
print((lambda *a: a)(1, 2))
print((lambda **k: sorted(k))(b=1, a=2))
print((lambda x, /, y: x - y)(10, y=3))

fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])

# lambda in default args and sort keys
pairs = [(1, 'b'), (2, 'a'), (0, 'c')]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))

# nested lambdas and closures
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))

# conditional in lambda
sign = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([sign(n) for n in (-2, 0, 5)])

# lambda returns a tuple via parentheses
print((lambda: (1, 2))())
print((lambda x: (yield x)) is not None)
gen = (lambda: (yield 1))()
print(type(gen).__name__, next(gen))

class K:
    f = lambda self: 'method ' + type(self).__name__
    g = staticmethod(lambda: 'static')

print(K().f(), K.g(), K.f.__qualname__)
print(add.__defaults__, add.__kwdefaults__)
print(add.__code__.co_argcount, add.__code__.co_varnames)
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
