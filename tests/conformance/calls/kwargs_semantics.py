# **kwargs: ordering, fresh dicts, names that look special.
def f(**kw):
    return kw

print(list(f(z=1, a=2, m=3)))
print(list(f(**{'b': 1}, a=2, **{'c': 3})))
src = {'x': 1}
got = f(**src)
got['y'] = 2
print(src, got, got is src)

def g(self, **kw):
    return self, kw
print(g(1, cls=2, self_=3))
try:
    g(1, self=2)
except TypeError as e:
    print(type(e).__name__, e)
print(g(self=5))

def h(*args, **kwargs):
    return args, kwargs
print(h(args=1, kwargs=2))
print(h(1, **{'def': 1, 'class': 2, 'if': 3}))
print(f(**{'not an identifier': 1, '123': 2, '': 3}))

class K:
    def m(self, **kw):
        return sorted(kw)
print(K().m(self_ish=1, other=2))
try:
    K().m(**{'self': 1})
except TypeError as e:
    print(type(e).__name__, e)

def forward(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b=2, *rest, c=3, **extra):
    return a, b, rest, c, extra
print(forward(1))
print(forward(1, 2, 3, 4, c=5, d=6))
print(forward(b=0, a=9))
try:
    forward()
except TypeError as e:
    print(type(e).__name__, e)

def defaults_and_kw(a, b=10, **kw):
    return a, b, kw
print(defaults_and_kw(1, c=2), defaults_and_kw(1, b=3, c=4))
try:
    defaults_and_kw(1, 2, b=3)
except TypeError as e:
    print(type(e).__name__, e)

class OrderedKeys:
    def keys(self):
        return ['third', 'first', 'second']
    def __getitem__(self, k):
        return len(k)
print(f(**OrderedKeys()))
print(dict(f(a=1), **f(b=2)))
d1 = {'p': 1}
print(f(**d1, **{'q': 2}) == {'p': 1, 'q': 2}, f(**{}) == {})
