# _collections.defaultdict, _tuplegetter and _count_elements.
import _collections
from _collections import defaultdict, _tuplegetter, _count_elements


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory, len(dd), isinstance(dd, dict))
print(defaultdict(list, {1: 2}), defaultdict(), defaultdict(None, a=1), defaultdict(int, [(1, 2)], x=3))
t(lambda: defaultdict()[1])
t(lambda: defaultdict(1))
t(lambda: defaultdict(None)['k'])
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
print(counts.get('z'), 'z' in counts)
print(dd | {3: 4}, {3: 4} | dd, type(dd | {}).__name__, type({} | dd).__name__)
print((dd.__or__(1), dd.__ror__(1)))
dd |= {'c': 5}
print(dd)
c = dd.copy()
print(c, type(c).__name__, c.default_factory is list, c == dd, c is dd)
print(dd.__copy__() == dd)
print(dd.__missing__('new'), dd['new'])
dd.default_factory = None
t(lambda: dd.__missing__('zz'))
dd.default_factory = set
print(dd['s'])
r = defaultdict(None)
r[2] = r
print(r)


def factory():
    return 'made'


print(repr(defaultdict(factory, {1: 1}))[:30])
red = defaultdict(list, {1: 2}).__reduce__()
print(red[0].__name__, red[1], red[2], red[3], list(red[4]))
print(defaultdict(None).__reduce__()[1])
print(defaultdict[int, str])


class MyDD(defaultdict):
    pass


m = MyDD(lambda: 0)
m['q'] += 2
m.extra = 1
print(m['q'], type(m).__name__, m.extra, repr(MyDD(None, {1: 1})))

# _tuplegetter
tg = _tuplegetter(1, 'the doc')
print(tg, tg.__doc__, tg.__get__((1, 2)))


class P(tuple):
    x = _tuplegetter(0, 'x coordinate')
    y = _tuplegetter(1, 'y coordinate')
    far = _tuplegetter(5, 'missing')


p = P((3, 4))
print(p.x, p.y, P.x, P.x.__doc__)
t(lambda: p.far)
t(lambda: tg.__get__([1, 2]))
t(lambda: setattr(p, 'x', 1))
t(lambda: delattr(p, 'x'))
t(lambda: _tuplegetter(0))
print(tg.__reduce__())

# _count_elements
counter = {}
_count_elements(counter, 'abracadabra')
print(counter)
_count_elements(counter, ['a', 'z'])
print(counter)


class Mapping(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)


_count_elements(Mapping(), 'aa')
t(lambda: _count_elements({}, 1))
t(lambda: _count_elements({}))
print(sorted(n for n in dir(_collections) if not n.startswith('__') and n != 'OrderedDict'))
print(_collections.deque.__module__, _collections.defaultdict.__module__, _collections._tuplegetter.__module__)
