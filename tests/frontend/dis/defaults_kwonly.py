def f(a, b=1, *, c, d=2):
    return a, b, c, d

def g(a, /, b=[], *args, e=None, **kw):
    return a

h = lambda x=1, *, y=2: x + y
