# _weakref with live referents only (collection timing differs on .NET): ref (shared basic refs,
# callbacks, hash, equality, subclasses with __slots__), proxy forwarding, weakrefability errors.
import _weakref as W


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class C:
    pass


def f():
    return 42


c = C()
r = W.ref(c)
print(W.ref(c) is r, r() is c, W.getweakrefcount(c), W.getweakrefs(c) == [r])
print(type(r).__name__, type(r).__module__, type(W.proxy(c)).__name__, type(W.proxy(f)).__name__, W.ref is W.ReferenceType)
print(sorted(n for n in dir(W) if not n.startswith('__')))
for o in (1, 'a', (), [], {}, None, set(), b'', 1.5, object(), type, len, range(1), f, C, frozenset(), 2**80, True):
    try:
        W.ref(o)
        print(type(o).__name__, 'ok')
    except TypeError as e:
        print(e)

cb = lambda ref: None
r2 = W.ref(c, cb)
print(r2 is r, r2.__callback__ is cb, r.__callback__, r2 == r, r2() is c, W.ref(c, None) is r)
print(r == W.ref(c), hash(r) == hash(c), r != W.ref(c), {r: 1}[W.ref(c)])
other = C()
print(W.ref(other) == r, W.ref(other) != r)
d = {1: r}
W._remove_dead_weakref(d, 1)
W._remove_dead_weakref(d, 2)
print(len(d))
t(lambda: W._remove_dead_weakref({1: 2}, 1))
t(lambda: W.ref())
t(lambda: W.ref(c, None, 1))
t(lambda: r(1))
print(W.getweakrefcount(1), W.getweakrefs(1), W.ref[int])

p = W.proxy(c)
c.x = 5
print(p.x, W.proxy(c) is p)
p.y = 7
print(c.y, W.proxy(f)(), bool(W.proxy(c)))
del p.y
print(hasattr(c, 'y'))


class L(list):
    pass


lst = L([1, 2])
pl = W.proxy(lst)
print(len(pl), pl[0], 2 in pl, list(pl), pl + [3], str(pl), pl == [1, 2])
pl[0] = 'a'
pl.append(3)
print(lst)


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o

    def __radd__(self, o):
        return o + self.v

    def __lt__(self, o):
        return self.v < o

    def __neg__(self):
        return -self.v

    def __iter__(self):
        return iter([self.v])


n = N(3)
pn = W.proxy(n)
print(pn + 1, 10 + pn, pn < 5, -pn, list(pn))
try:
    hash(pn)
except TypeError as e:
    print('TypeError', str(e).startswith('unhashable type'))


class S:
    __slots__ = ('a',)


class S2:
    __slots__ = ('a', '__weakref__')


class S3(C):
    __slots__ = ()


t(lambda: W.ref(S()))
s2 = S2()
s3 = S3()
print(W.ref(s2)() is s2, W.ref(s3)() is s3)


class KeyedRef(W.ref):
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = W.ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


k = KeyedRef(c, None, 'kk')
print(k.key, k() is c, type(k).__name__, k is r, k == r)
t(lambda: setattr(k, 'other', 1))
