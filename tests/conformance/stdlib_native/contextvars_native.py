# _contextvars: ContextVar get/set/reset, tokens (also as context managers), Context mapping
# and run, copy_context, errors. Reprs with addresses are not printed.
import _contextvars as C


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


print(sorted(n for n in dir(C) if not n.startswith('__')))
v = C.ContextVar('v', default=1)
w = C.ContextVar('w')
print(v.name, v.get(), v.get(5), w.get(7), repr(v).startswith("<ContextVar name='v' default=1 at 0x"))
t(w.get)
tok = v.set(2)
print(tok.var is v, tok.old_value, v.get(), tok.old_value is C.Token.MISSING, type(tok).__name__)
print(repr(tok).startswith('<Token var=<ContextVar'))
v.reset(tok)
print(v.get(), repr(tok).startswith('<Token used var='))
t(lambda: v.reset(tok))
ctx = C.copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, list(ctx.items()))


def f(x):
    v.set(x)
    return v.get()


print(ctx.run(f, 9), v.get(), ctx[v], ctx.get(v), ctx.get(w, 'd'), ctx.get(w), v in ctx, len(ctx))
print(list(ctx) == [v], list(ctx.keys()) == [v], list(ctx.values()), [(k.name, x) for k, x in ctx.items()])
t(lambda: ctx.run(ctx.run, f, 1))
t(lambda: ctx[w])
t(lambda: ctx[1])
t(lambda: C.ContextVar(1))
t(lambda: C.ContextVar('x', 1))
t(lambda: C.Token())
print(hash(v) == hash(v), len(C.Context()), list(C.Context()))
t2 = w.set(3)
t(lambda: v.reset(t2))
other = C.Context()
print(other.run(lambda: w.get('none here')))
t(lambda: other.run(w.reset, t2))
print(C.ContextVar[int], C.Token.MISSING, t2.old_value is C.Token.MISSING)
with w.set(4) as tok4:
    print(w.get(), tok4.old_value)
print(w.get())
c2 = C.copy_context()
print(c2 == C.copy_context(), ctx == ctx, ctx == c2, ctx != c2, c2.copy() == c2)
nested = C.copy_context()


def outer():
    v.set('outer')
    inner = C.copy_context()
    inner.run(v.set, 'inner')
    return v.get(), inner[v]


print(nested.run(outer), v.get())
