# Positional-only parameters (/).
def f(a, b, /, c, *, d):
    return a, b, c, d

def t(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

t(f, 1, 2, 3, d=4)
t(f, 1, 2, c=3, d=4)
t(f, 1, b=2, c=3, d=4)
t(f, a=1, b=2, c=3, d=4)
t(f, 1, 2, 3, 4)

def g(x, /, **kw):
    return x, kw

t(g, 1, x=2)
t(g, 1, y=2)
t(g, x=2)

def h(a, b=2, /, c=3):
    return a, b, c

t(h, 1)
t(h, 1, 5)
t(h, 1, c=9)
t(h, 1, b=9)
t(h)

def only(a, /):
    return a

t(only, 1)
t(only, a=1)
t(only, 1, 2)
t(only)

print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(h.__defaults__)

# builtins with positional-only parameters
t(len, obj=[1])
t(abs, x=-1)
t(divmod, 7, 2)
t(divmod, a=7, b=2)
t(pow, 2, 10)
t(pow, base=2, exp=10)
t(pow, 2, 10, mod=7)
t(isinstance, 1, int)
t(isinstance, obj=1, class_or_tuple=int)
