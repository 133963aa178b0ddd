# Keyword-only parameters.
def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=1, c=0, b=9))

def t(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

t(f, 1)
t(f, 1, 2)
t(f, 1, 2, 3)
t(f, 1, c=5)
t(f)

def g(*args, key, default=None):
    return args, key, default

t(g, key=1)
t(g, 1, 2, key=3)
t(g, 1, 2)
t(g, 1, 2, key=3, default=4, extra=5)

def h(*, x, y, z):
    return x + y + z

t(h, x=1, y=2, z=3)
t(h, 1, 2, 3)
t(h, x=1)
t(h, y=1)
t(h)

def m(a, *, b, **kw):
    return a, b, kw

t(m, 1, b=2, c=3)
t(m, 1, c=3)
print(f.__kwdefaults__)
print(h.__kwdefaults__)
print(m.__code__.co_kwonlyargcount, f.__code__.co_kwonlyargcount)
f.__kwdefaults__ = {'b': 100}
t(f, 1)
f.__kwdefaults__ = None
t(f, 1, b=2)
