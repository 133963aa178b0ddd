# itertools: infinite iterators, filters, chains, accumulate, batched, islice, pairwise,
# starmap, zip_longest: results, reprs of count/repeat, and argument errors.
import itertools as it
from itertools import islice


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(list(islice(it.count(), 5)), list(islice(it.count(10, 3), 4)), list(islice(it.count(1.5, 0.5), 3)))
print(list(islice(it.count(2**63 - 2), 4)), list(islice(it.count(0, -2), 3)))
print(it.count(), it.count(5), it.count(1, 2), it.count(1.5), it.count(1, 1.0), it.count(2**70), it.count(0, -1), it.count(step=3))
c = it.count(7)
next(c)
next(c)
print(c)
print(list(islice(it.cycle('abc'), 8)), list(it.cycle([])))
print(list(it.repeat('x', 3)), list(it.repeat(1, -2)), list(islice(it.repeat(None), 2)))
print(it.repeat(1), it.repeat('a', 3), it.repeat(1, -2))
r = it.repeat(1, 2)
next(r)
print(r, r.__length_hint__())
t(lambda: it.repeat(1).__length_hint__())
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)),
      list(it.accumulate([], initial=5)), list(it.accumulate([1, 2], initial=10)), list(it.accumulate('abc')))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], func=None, initial=None)))
print(list(it.batched('abcdefg', 3)), list(it.batched([], 2)), list(it.batched(range(4), n=2)))
t(lambda: list(it.batched([1, 2, 3], 2, strict=True)))
print(list(it.batched([1, 2, 3, 4], 2, strict=True)))
print(list(it.chain('ab', [1, 2], ())), list(it.chain()), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])), list(it.compress('a', [0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a', None])), list(it.filterfalse(lambda x: x % 2, range(7))))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)),
      list(islice('abcdefg', 0, None, 2)), list(islice('abcdefg', None)), list(islice('abc', 10)))
t(lambda: list(islice('abc', 1, 2**70)))
src = iter(range(10))
print(list(islice(src, 2, 5)), next(src))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: a, ['ab', ()])))
print(list(it.zip_longest('abc', [1])), list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
print(list(zip(range(3), it.count(1))))

# argument errors
t(lambda: it.count('a'))
t(lambda: it.count(1, 'a'))
t(lambda: it.count(1, x=2))
t(lambda: it.repeat())
t(lambda: it.repeat(1, 'a'))
t(lambda: it.islice([1], -1))
t(lambda: it.islice([1], 'a'))
t(lambda: it.islice([1], 1, 2, 0))
t(lambda: it.islice([1], -1, 2))
t(lambda: it.islice([1], 1, -2))
t(lambda: it.islice([1], 1.5))
t(lambda: it.islice([1]))
t(lambda: it.islice([1], 1, 2, 3, 4))
t(lambda: it.batched([1], 0))
t(lambda: it.batched([1], 1.5))
t(lambda: it.chain(1).__next__())
t(lambda: it.chain(x=1))
t(lambda: it.cycle(1))
t(lambda: it.cycle())
t(lambda: it.zip_longest(1))
t(lambda: it.zip_longest([1], x=1))
t(lambda: it.starmap(1))
t(lambda: list(it.starmap(pow, [1])))
t(lambda: it.compress())
t(lambda: it.pairwise())
t(lambda: it.takewhile(1))
t(lambda: it.dropwhile(lambda x: x))
t(lambda: it.filterfalse())
t(lambda: it.accumulate())
t(lambda: list(it.accumulate([1, 'a'])))
t(lambda: next(it.takewhile(1, [1])))


class C(it.chain):
    pass


print(list(C([1], [2])), type(C.from_iterable([])).__name__)
c = C()
c.attr = 1
print(c.attr)
print(it.count.__name__, it.count.__module__, it.chain.__module__)
print(sorted(n for n in dir(it) if not n.startswith('__')))
