lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda x, y=2: x
lambda *args: args
lambda **kw: kw
lambda *args, **kw: (args, kw)
lambda a, /: a
lambda a, /, b: a
lambda a, b=1, /, c=2: a
lambda *, a: a
lambda *, a=1, b: a
lambda a, b=1, /, c=2, *args, d, e=3, **kw: 0
lambda a,: a
lambda *a,: a
lambda: (yield)
lambda: lambda: lambda: 0
lambda x: (lambda y: x + y)
f(lambda: 0, key=lambda x: -x)
x = lambda a=lambda: 0: a
sorted(items, key=lambda kv: (kv[1], kv[0]))
lambda x: x if x else (lambda: x)
(lambda: 1)()
lambda *args, kw_only=1: 0
lambda a=1, *, b=[1, 2]: a
