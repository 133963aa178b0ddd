# Lambdas, default values evaluated once, closures capturing variables late.
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, lst=None):
    lst = [] if lst is None else lst
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
counter = 0
def default_eval(v=(counter := counter + 1)):
    return v
print(default_eval(), default_eval(), counter)
adders = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders])
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print((lambda: "no args")(), (lambda x=5: x)())
print(type(lambda: 0).__name__, (lambda: 0).__name__)
def make_multiplier(n):
    return lambda x: x * n
m3 = make_multiplier(3)
print(m3(7), make_multiplier("ab")(2))
def kwonly(a, *, b=2, **rest):
    return a, b, rest
print(kwonly(1), kwonly(1, b=3, c=4))
try:
    kwonly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3))
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
print(append_to.__defaults__, kwonly.__kwdefaults__)
