# _functools: reduce, partial (Placeholder, flattening, method binding, repr), cmp_to_key,
# _lru_cache_wrapper (maxsize None/0/N, typed, cache_info, cache_clear).
import _functools as F
from _functools import partial, Placeholder, reduce, cmp_to_key


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(F) if not n.startswith('__')))
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], 7), reduce(lambda a, b: a * b, [2, 3], initial=5))
print(reduce(lambda a, b: a + b, 'abc'), reduce(max, [3, 9, 2]))
t(lambda: reduce(lambda a, b: a + b, []))
t(lambda: reduce(1, [1, 2]))
t(lambda: reduce(len, 1))
t(lambda: reduce())
t(lambda: reduce(len))

p = partial(int, '10', base=2)
print(p, p(), p.func, p.args, p.keywords, p(base=3))
pp = partial(partial(pow, 2), 3)
print(pp, pp.args, pp())
t(lambda: partial())
t(lambda: partial(1))
print(Placeholder, type(Placeholder).__name__, repr(Placeholder), Placeholder is type(Placeholder)())
t(lambda: type(Placeholder)(1))
ph = partial(pow, Placeholder, 3)
print(ph, ph(2), ph(2, 5))
t(lambda: ph())
t(lambda: partial(pow, 1, Placeholder))
t(lambda: partial(pow, x=Placeholder))
two = partial(lambda *a, **k: (a, k), Placeholder, 'b', Placeholder, 'd', z=1)
print(two('A', 'C'), two('A', 'C', 'E', z=2, w=3))
filled = partial(two, 'X')
print(filled.args, filled('Y'))


def show(*args, **kwargs):
    return args, kwargs


class A:
    m = partial(show, 1)


print(A().m(2)[0][0], len(A().m(2)[0]), A.m(3))
q = partial(show, 1, a=2)
q.note = 'n'
print(q.note, q.__dict__, q(3, a=4, b=5))
kept = partial(q, 9)
print(kept.args, kept.func is q)


class P(partial):
    pass


print(repr(P(show, 1)).startswith('__main__.P(<function show'), P(show, 1)(2), type(P(show)).__name__)
print(partial[int])

K = cmp_to_key(lambda a, b: a - b)
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) == K(1), K(1) != K(1), K(5).obj)
print(type(K(1)).__name__, sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
t(lambda: K(1) < 1)
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', str(e).startswith('unhashable type'))
t(lambda: cmp_to_key())
print(sorted([5, 1, 4], key=cmp_to_key(mycmp=lambda a, b: b - a)))

# _lru_cache_wrapper
calls = []


def square(x, y=0):
    calls.append((x, y))
    return x * x + y


def info(*a):
    return a


for maxsize in (None, 0, 2):
    calls.clear()
    c = F._lru_cache_wrapper(square, maxsize, False, info)
    print(maxsize, [c(1), c(2), c(1), c(3), c(1), c(2), c(y=1, x=2), c(2, y=1)], c.cache_info(), len(calls))
    c.cache_clear()
    print(c.cache_info(), c(1), c.cache_info())
typed = F._lru_cache_wrapper(square, None, True, info)
print(typed(1), typed(1.0), typed(True), typed.cache_info())
untyped = F._lru_cache_wrapper(square, None, False, info)
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())
t(lambda: untyped([1]))
t(lambda: F._lru_cache_wrapper(square, 'a', False, info))
t(lambda: F._lru_cache_wrapper(1, None, False, info))
neg = F._lru_cache_wrapper(square, -5, False, info)
neg(1)
neg(1)
print(neg.cache_info())


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = F._lru_cache_wrapper(fib, None, False, info)
print(fib(80), fib.cache_info())
small = F._lru_cache_wrapper(lambda n: n, 3, False, info)
for n in [1, 2, 3, 1, 4, 2, 1]:
    small(n)
print(small.cache_info())
small.__wrapped__ = 'w'
print(small.__wrapped__, type(small).__name__)


class M:
    meth = F._lru_cache_wrapper(lambda self, x: (type(self).__name__, x), None, False, info)


print(M().meth(4), M.meth('s', 5))
