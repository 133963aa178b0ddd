"""Programs for record_containers.py: one statement a line, in the subset its to_tree accepts."""

CASES = {}

CASES["slice"] = """
s = slice(1, 10, 2)
s
s.start
s.stop
s.step
slice(5)
slice(None)
slice(1, 2)
slice()
slice(1, 2, 3, 4)
slice(x=1)
s.indices(5)
s.indices(100)
slice(None, None, -1).indices(10)
slice(-3, None).indices(10)
slice(-100, 100, 3).indices(10)
slice(10, -100, -3).indices(10)
slice(2**70, -2**70, -1).indices(2**80)
slice(1, 2, 0).indices(5)
slice(1, 2, 3).indices(-1)
slice('a').indices(3)
slice(1).indices('a')
slice(1, 2) == slice(1, 2)
slice(1, 2) == slice(1, 3)
slice(1, 2) < slice(1, 3)
slice(1, 2, 3) >= slice(1, 2)
slice(1, 2) == (1, 2)
hash(slice(1, 2, 3))
hash(slice(None, 5, None))
hash(slice(-1, None, 2))
hash(slice(1, 'a', 2.5))
hash(slice([], 1))
repr(slice('a', [1], None))
"""

CASES["list_basic"] = """
a = [3, 1, 2]
a.append(5)
a.extend([7, 8])
a.extend((9,))
a.extend(range(3))
a.extend('ab')
a.extend(1)
a.insert(0, 'x')
a.insert(-1, 'y')
a.insert(100, 'z')
a.insert(-100, 'w')
a.insert(1)
a.insert('a', 1)
a.pop()
a.pop(0)
a.pop(-2)
a.pop(100)
a.pop('a')
a.pop(1, 2)
a
a.remove('x')
a.remove('nope')
a.index(5)
a.index(2, 3)
a.index(2, 0, 2)
a.index(1, -8, -1)
a.index(1, 'a')
a.index()
a.index(1, 2, 3, 4)
a.index(x=1)
a.count(1)
a.count('a')
a.count()
a
a.reverse()
a
b = a.copy()
b
b == a
b is a
a.clear()
a
b.clear()
[].pop()
x = [1, 2.5, 'a', None, (1, 2), [3]]
x
x.count(2.5)
x.index((1, 2))
x.index([3])
[1, 2, 3].index(2.0)
[1.0, 2.0].index(2)
[True, 1, 1.0].count(1)
len(x)
repr([])
repr([[], [[]]])
"""

CASES["list_slicing"] = """
a = list(range(10))
a[2:5]
a[:3]
a[7:]
a[::2]
a[::-1]
a[-3:]
a[-3:-1]
a[5:2]
a[5:2:-1]
a[100:]
a[-100:3]
a[::3]
a[1::-1]
a[::0]
a['a':]
a[1.5]
a['x']
a[10]
a[-11]
a[-10]
a[2**70]
a[True]
a[2:8:2] = ['a', 'b', 'c']
a[2:8:2] = [1, 2]
a[::2] = 'abcde'
a
a[1:3] = []
a[1:1] = [7, 7, 7]
a[-2:] = (9, 9, 9, 9)
a[5:2] = ['x']
a[:] = a
a[0:0] = a
a
a[1:2] = 5
a[::2] = 5
a[::-2] = list(range(100, 100 + len(a[::-2])))
a
del a[::3]
a
del a[::-2]
a
del a[1:3]
a
del a[-1]
a
del a[100]
del a[:]
a
b = [1, 2, 3, 4, 5, 6]
del b[5:0:-2]
b
b[0] = 'z'
b[-1] = 'y'
b[10] = 1
b[0:100] = range(3)
b
c = [1.5, 2.5]
c[0:1] = [1, 2, 3]
c
c[3:] = [None]
c
"""

CASES["list_operators"] = """
a = [1, 2]
a + [3]
a + (3,)
a + 'x'
(3,) + a
a * 3
3 * a
a * 0
a * -1
a * 2.0
2.0 * a
a * 'x'
a * True
[] * 5
[[1]] * 2
a += [4]
a
a += (5, 6)
a
a += 'xy'
a
a += 7
a *= 2
a
a *= 0
a
a -= [1]
[1, 2] == [1, 2]
[1, 2] == [1, 2.0]
[1, 2] != [1, 3]
[1, 2] < [1, 3]
[1, 2] < [1, 2, 0]
[1, 2, 0] <= [1, 2]
[2] > [1, 9, 9]
[] < []
[] <= []
[1, 'a'] < [1, 'b']
[1, 'a'] < [1, 2]
[1, 2] < (1, 2)
[1, 2] == (1, 2)
nan = float('nan')
[nan] == [nan]
[nan] < [nan]
nan in [nan]
3 in [1, 2, 3]
4 in [1, 2, 3]
'a' in [1, 'a']
3.0 in [1, 2, 3]
[1] in [[1], 2]
4 not in [1, 2]
list((1, 2, 3))
list('abc')
list({'a': 1, 'b': 2})
list(range(5, 0, -2))
list()
list(1)
list(1, 2)
list(x=1)
list(reversed([1, 2, 3]))
list(reversed([]))
list(iter([4, 5]))
hash([])
"""

CASES["list_sort"] = """
a = [5, 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
a.sort()
a
a.sort(reverse=True)
a
b = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
b.sort()
b
b.sort(key=len)
b
b.sort(key=len, reverse=True)
b
c = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
c.sort()
c
c.sort(key=min)
c
d = [3.5, -1.0, 2, 0, -0.0, 0.0, 1e300, -1e-300]
d.sort()
d
d.sort(reverse=True)
d
e = [3, 'a']
e.sort()
e
f = [1, 2]
f.sort(1)
f.sort(key=len, foo=1)
f.sort(reverse=1.5)
f
g = list(range(100, 0, -7)) + list(range(50))
g.sort()
g
g.sort(key=abs, reverse=True)
g
h = [-3, 2, -2, 3, 1, -1, 0]
h.sort(key=abs)
h
h.sort(key=abs, reverse=True)
h
sorted('hello world')
sorted([3, 1, 2], reverse=True)
k = [[2, 'b'], [1, 'z'], [2, 'a'], [1, 'c']]
k.sort(key=len)
k
m = [2**70, -2**65, 3, 2**64, -1]
m.sort()
m
n = ['x', 'b', 'a', 'y'] * 20
n.sort()
n
"""

CASES["tuple"] = """
t = (1, 2, 3, 2, 1)
t
t[1]
t[-1]
t[5]
t['a']
t[1:3]
t[::-1]
t[::2]
t[10:]
t[::0]
t.count(2)
t.count(5)
t.index(2)
t.index(2, 2)
t.index(9)
t.index(1, 1, 4)
t.index()
t + (4,)
t + [4]
t * 2
2 * t
t * -3
() * 3
t * 1.5
(1,) + ()
() + ()
(1, 2) == (1, 2)
(1, 2) < (1, 3)
(1, 2) < (1, 2, 3)
(1, 'a') < (1, 2)
(1, 2) == [1, 2]
(2,) > (1, 5)
() < (1,)
3 in t
9 in t
tuple([1, 2])
tuple('ab')
tuple(range(3))
tuple()
tuple(1)
tuple(1, 2)
tuple(x=1)
tuple({1: 2})
len(t)
hash((1, 2)) == hash((1, 2))
hash((1, [2]))
repr((1,))
repr(())
repr(((1,), ()))
list(reversed(t))
"""

CASES["range"] = """
r = range(10)
r
range(1, 10)
range(1, 10, 2)
range(10, 1, -3)
range(0)
range(-5)
range()
range(1, 2, 3, 4)
range(1, 2, 0)
range('a')
range(1.0)
range(1, 2, 3.0)
range(x=1)
len(range(10))
len(range(1, 10, 3))
len(range(10, 1, -3))
len(range(5, 1))
len(range(2**64))
len(range(-2**64, 2**64, 2**60))
r[0]
r[-1]
r[9]
r[10]
r[-11]
r['a']
r[2:5]
r[::-1]
r[::2]
r[-3:]
r[100:]
r[::0]
range(1, 20, 3)[2:10:2]
range(20, 1, -3)[::-2]
range(2**64)[2**63:2**63 + 5]
range(2**64)[2**65]
range(2**64)[-1]
3 in r
10 in r
-1 in r
3.0 in r
'a' in r
True in r
4 in range(0, 10, 2)
5 in range(0, 10, 2)
5 in range(10, 0, -5)
2**70 in range(2**71)
r.count(3)
r.count(3.0)
r.count('a')
r.index(3)
r.index(3.0)
r.index(10)
r.index('a')
range(0, 30, 3).index(12)
list(range(5))
list(range(5, 0, -1))
list(reversed(range(5)))
list(reversed(range(1, 10, 3)))
list(reversed(range(0)))
list(range(2**63 - 2, 2**63 + 2))
list(reversed(range(2**63 - 2, 2**63 + 2)))
list(range(-2**63 - 1, -2**63 + 2))
range(5) == range(5)
range(0) == range(2, 1)
range(1, 2) == range(1, 3, 5)
range(0, 10, 2) == range(0, 9, 2)
range(0, 10, 2) == range(0, 10, 3)
range(5) == [0, 1, 2, 3, 4]
range(5) < range(6)
hash(range(0)) == hash(range(5, 5))
hash(range(1, 2)) == hash(range(1, 5, 10))
hash(range(10))
hash(range(0))
hash(range(1, 2))
hash(range(0, 10, 3))
r.start
r.stop
r.step
range(1, 2, 3).step
bool(range(0))
bool(range(1))
"""

CASES["dict_basic"] = """
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
d
d['zz']
d[[1]]
d[[1]] = 2
del d['b']
d
del d['b']
d.get('a')
d.get('b')
d.get('b', 5)
d.get()
d.get(1, 2, 3)
d.setdefault('a', 0)
d.setdefault('n', [])
d.setdefault('m')
d
d.pop('n')
d.pop('n')
d.pop('n', 'dflt')
d.pop()
{}.pop(1, 2)
{}.pop([], 2)
d.popitem()
d
d.popitem()
d.popitem()
d.popitem()
d
d.update({'x': 1}, y=2)
d.update([('p', 1), ['q', 2]])
d.update([(1, 2, 3)])
d.update([1])
d.update(['ab'])
d.update(1, 2)
d.update(z=0)
d
e = d.copy()
e == d
e is d
e.clear()
e
d == e
dict(a=1, b=2)
dict({'a': 1}, b=2)
dict([('a', 1)], a=2)
dict([('a', 1)], a=2)
dict(zip_pairs=1)
dict(1, 2)
dict([(1, 2, 3)])
dict(range(3))
dict()
dict.fromkeys('abc')
dict.fromkeys([1, 2], 0)
dict.fromkeys(1)
dict.fromkeys()
{}.fromkeys(range(3), 'v')
{1: 2} == {1: 2}
{1: 2} == {1: 3}
{1: 2, 3: 4} == {3: 4, 1: 2}
{1: 2} == {1.0: 2}
{1: 2} != {}
{1: 2} < {1: 3}
{1: 2} | {3: 4}
{1: 2} | {1: 5}
{1: 2} | [(3, 4)]
f = {1: 2}
f |= {3: 4}
f |= [(5, 6)]
f
f |= 1
1 in f
2 in f
[] in f
len(f)
list(f)
list(reversed(f))
list(reversed({}))
list(f.keys())
list(f.values())
list(f.items())
hash({})
{1: 1, 1.0: 2, True: 3}
{(1, 2): 'a', (1, 2.0): 'b'}
{'a': [1, {'b': ()}]}
"""

CASES["dict_views"] = """
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
i = d.items()
k
v
i
len(k)
'a' in k
'z' in k
1 in v
('a', 1) in i
('a', 2) in i
'a' in i
list(reversed(k))
list(reversed(v))
list(reversed(i))
d['d'] = 4
k
len(v)
k | {'x'}
k & {'a', 'z'}
k - {'a'}
k ^ {'a', 'q'}
{'a', 'q'} ^ k
{'a', 'q'} - k
['a', 'b'] & k
k & ['a', 'b']
i & {('a', 1)}
i - {('a', 1)}
i | [('n', 0)]
k == {'a', 'b', 'c', 'd'}
k == {'a'}
k < {'a', 'b', 'c', 'd', 'e'}
k <= {'a', 'b', 'c', 'd'}
k > {'a'}
k >= {'a', 'z'}
k == ['a', 'b', 'c', 'd']
k == d.keys()
i == d.items()
v == d.values()
k.isdisjoint({'z'})
k.isdisjoint(['a'])
i.isdisjoint([('a', 1)])
k | 1
hash(k)
{}.keys()
{}.items()
"""

CASES["set_basic"] = """
s = {3, 1, 2}
s
s.add(4)
s.add(1)
s.add([])
s
s.remove(4)
s.remove(4)
s.discard(4)
s.discard(3)
s.discard([])
s
s.pop()
s
s.clear()
s
s.pop()
set()
frozenset()
frozenset({1, 2})
set('hello')
set([1, 2, 2, 3])
set(range(5))
set({'a': 1, 'b': 2})
set(1)
set(1, 2)
set(x=1)
frozenset(x=1)
frozenset([1], [2])
t = {1, 2, 3}
u = {3, 4, 5}
t | u
t & u
t - u
u - t
t ^ u
t | [4]
t | frozenset([9])
frozenset([9]) | t
frozenset([9]) & t
t.union([4], (5,), 'a')
t.union()
t.intersection([1, 2, 9], {2, 7})
t.intersection()
t.difference([1], {2})
t.difference()
t.symmetric_difference([3, 10])
t.union(1)
t.union(x=1)
t.issubset({1, 2, 3, 4})
t.issubset([1, 2])
t.issuperset([1])
t.issuperset({1, 9})
t.isdisjoint([7, 8])
t.isdisjoint({1})
t.isdisjoint(1)
t <= {1, 2, 3}
t < {1, 2, 3}
t < {1, 2, 3, 4}
t >= {1}
t > {1, 2, 3}
t == {3, 2, 1}
t == frozenset({1, 2, 3})
t != {1}
t == [1, 2, 3]
t < 3
1 in t
9 in t
[] in t
{1, 2} in {frozenset({1, 2})}
frozenset({1, 2}) in {frozenset({1, 2})}
len(t)
w = {1, 2, 3, 4}
w |= {5}
w &= {1, 2, 5, 9}
w -= {1}
w ^= {2, 7}
w
w |= [1]
w.update([10], (11,))
w.difference_update([10], {11})
w.intersection_update([2, 5, 7, 99], range(100))
w.symmetric_difference_update([5, 50])
w
w.update(1)
hash(t)
hash(frozenset())
hash(frozenset({1, 2, 3}))
hash(frozenset({'a', 'b'}))
hash(frozenset({frozenset({1}), 2}))
hash(frozenset(range(100)))
frozenset({1, 2}).copy()
{1, 2}.copy()
x = {frozenset([1]), frozenset([2])}
x
{1.0, 1, True}
{1, 1.0}
{0, -0.0, False}
repr({(1, 2), None})
{'b', 'a', 'c'}
set('abracadabra')
{'x': 1}.keys() | set()
"""

CASES["set_orders"] = """
a = set()
a.add(100)
a.add(8)
a.add(0)
a.add(16)
a.add(-1)
a.add(-8)
a
b = set(range(0, 200, 7))
b
c = set([2**61 - 1, 2**61, 2**62, -2**61, 1, 5, 9])
c
d = set(range(50))
d.difference_update(range(0, 50, 2))
d
d.update(range(100, 120))
d
e = set(range(20, 0, -1))
e
e.pop()
e.pop()
e.pop()
e
f = set([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4])
f
g = set(['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog'])
g
h = {'alpha', 'beta', 'gamma', 'delta', 'epsilon'}
h
h | {'zeta', 'eta'}
h - {'beta'}
h & {'gamma', 'delta', 'omega'}
frozenset(h)
"""

CASES["subclass_like"] = """
list.__class_getitem__(int)
dict.__class_getitem__((str, int))
tuple.__class_getitem__((int, ...))
set.__class_getitem__(str)
frozenset.__class_getitem__(list)
"""

CASES["iterators"] = """
a = [1, 2, 3]
it = iter(a)
next(it)
it.__length_hint__()
a.append(4)
next(it)
next(it)
next(it)
next(it)
a.append(5)
next(it)
type(it)
r = reversed(a)
type(r)
next(r)
r.__length_hint__()
a.clear()
next(r)
t = iter((1, 2))
type(t)
next(t)
next(t)
next(t)
d = {1: 'a', 2: 'b', 3: 'c'}
k = iter(d)
type(k)
next(k)
d[4] = 'd'
next(k)
next(k)
d2 = {1: 'a', 2: 'b', 3: 'c'}
k2 = iter(d2)
next(k2)
del d2[2]
d2[9] = 'z'
next(k2)
next(k2)
next(k2)
d3 = {1: 'a', 2: 'b'}
v = iter(d3.values())
type(v)
next(v)
d3[1] = 'changed'
next(v)
it3 = iter(d3.items())
type(it3)
next(it3)
rk = reversed(d3)
type(rk)
next(rk)
rv = reversed(d3.values())
type(rv)
next(rv)
ri = reversed(d3.items())
type(ri)
next(ri)
ri.__length_hint__()
s = {1, 2, 3}
si = iter(s)
type(si)
next(si)
s.add(10)
next(si)
next(si)
s2 = {1, 2, 3}
si2 = iter(s2)
si2.__length_hint__()
next(si2)
si2.__length_hint__()
s2.discard(1)
s2.add(100)
next(si2)
ri = iter(range(3))
type(ri)
ri.__length_hint__()
next(ri)
next(ri)
next(ri)
next(ri)
lri = iter(range(2**64, 2**64 + 2))
type(lri)
next(lri)
type(reversed(range(5)))
list(d.keys())
{}[{}]
d4 = {1: 'a', 2: 'b'}
k4 = iter(d4)
next(k4)
del d4[1]
d4[3] = 'c'
next(k4)
next(k4)
next(k4)
d5 = {1: 1, 2: 2, 3: 3}
d5.popitem()
d5[4] = 4
d5.popitem()
d5[5] = 5
d5
list(reversed(d5.items()))
del d5[1]
list(reversed(d5))
"""
