def f(g, a, b, kw):
    g(*a)
    g(1, *a, 2, *b)
    g(**kw)
    g(*a, **kw)
    g(x=1, **kw)
    g(1, 2, x=3, y=4)
    return g(*a, *b, **kw, **kw)
