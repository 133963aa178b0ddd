# _collections.deque: methods, maxlen, rotate, indexing, repr (also recursive), comparisons,
# mutation during iteration, subclasses, and CPython's error messages.
from _collections import deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.maxlen)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.reverse()
print(d, d.count(3), d.index(3), d.index(3, 1), d.index(0, -5, -1))
d.insert(2, 'x')
d.insert(-1, 'y')
d.insert(100, 'z')
d.insert(-100, 'w')
print(d)
d.remove('x')
del d[0]
d[1] = 'one'
print(d, 3 in d, 'q' in d)
print(list(reversed(d)), list(d))
c = d.copy()
print(c == d, c is d, c != d)
d.clear()
print(d, bool(d), bool(c))

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30])
print(m)
print(deque([1, 2], maxlen=0), deque('abc', 2), deque(maxlen=None))
z = deque(maxlen=0)
z.append(1)
print(z)
m2 = deque([1, 2, 3], maxlen=5)
m2 *= 3
print(m2)
print(deque([1, 2]) * 3, 2 * deque('ab'), deque([1]) * 0, deque([1, 2]) + deque([3]))
e = deque([1])
e += [2, 3]
e += e
print(e)
e *= -1
print(e)

# comparisons
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]),
      deque([1, 2]) >= deque([1, 2, 0]), deque([1]) == deque([1]), deque([1]) == [1])

# recursion in repr
r = deque([1])
r.append(r)
print(r)

# re-init clears, self-extend copies
s = deque([1, 2])
s.__init__([7, 8, 9])
print(s)
s.extend(s)
print(s)
s.extendleft(s)
print(s)

# iteration with mutation
def mutate():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)
t(mutate)
def mutate_pop():
    q = deque([1, 2, 3])
    it = iter(q)
    next(it)
    q.pop()
    next(it)
t(mutate_pop)
it = iter(deque([1, 2, 3]))
next(it)
print(it.__length_hint__(), list(it))


class Eq:
    def __init__(self, q):
        self.q = q

    def __eq__(self, other):
        self.q.append(0)
        return False


q = deque([1, 2])
q.append(Eq(q))
t(lambda: q.count(5))
q = deque([1, 2])
q.appendleft(Eq(q))
t(lambda: q.index(5))

# errors
empty = deque()
t(empty.pop)
t(empty.popleft)
t(lambda: empty[0])
t(lambda: empty.remove(1))
t(lambda: empty.index(1))
t(lambda: deque([1], maxlen=1).insert(0, 2))
t(lambda: deque(maxlen=-1))
t(lambda: deque([1]) + [1])
t(lambda: deque(1))
t(lambda: deque([1], 'a'))
t(lambda: deque([1, 2]).index(1, 'a'))
t(lambda: deque([1]).rotate('a'))
t(lambda: deque([1]) * 'a')
t(lambda: deque([1]) * 1.5)
t(lambda: deque([1, 2], 3))
t(lambda: deque.__init__(deque(), 1, 2, 3))
t(lambda: deque(x=1))
t(lambda: deque([1]).__setitem__(5, 1))
t(lambda: deque([1]).__delitem__(5))
t(lambda: deque([1])['a'])
t(lambda: deque([1])[1:2])
t(lambda: deque([1]).count())
t(lambda: deque().extend(1))
t(lambda: deque([1]).index(1, 2, 3, 4))
t(lambda: deque[int])
print(deque.__hash__)


# subclasses
class D(deque):
    pass


sub = D([1, 2], 5)
sub.tag = 'x'
print(sub, sub.tag, type(sub.copy()).__name__, sub.copy(), type(sub + deque([3])).__name__)
print(D('ab'), type(sub.__copy__()).__name__)


class Slotted(deque):
    __slots__ = ('a',)


sl = Slotted([1])
sl.a = 5
print(sl.a, sl)
t(lambda: setattr(sl, 'b', 1))
red = deque([1, 2], 4).__reduce__()
print(red[0].__name__, red[1], red[2], list(red[3]))
print(deque([1, 2]).__reduce__()[1])
