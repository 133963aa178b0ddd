# _heapq (min and 3.14 max heaps) and _bisect (lo, hi, key, insort).
import _heapq as H
import _bisect as B


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print([n for n in dir(H) if not n.startswith('__')], [n for n in dir(B) if not n.startswith('__')])
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    H.heappush(h, x)
print(h)
print(H.heappop(h), h)
print(H.heappushpop(h, 0), H.heappushpop(h, 6), h)
print(H.heapreplace(h, 10), h)
l = [9, 8, 7, 6, 5, 4, 3, 2, 1]
H.heapify(l)
print(l, [H.heappop(l) for _ in range(len(l))])
m = [1, 5, 2, 8, 3]
H.heapify_max(m)
print(m, H.heappop_max(m), m)
H.heappush_max(m, 10)
print(m, H.heapreplace_max(m, 0), m, H.heappushpop_max(m, 3), H.heappushpop_max(m, 99), m)
words = ['pear', 'fig', 'apple', 'kiwi']
H.heapify(words)
print([H.heappop(words) for _ in range(4)])
t(lambda: H.heappop([]))
t(lambda: H.heapreplace([], 1))
t(lambda: H.heappop_max([]))
t(lambda: H.heappush(1, 2))
t(lambda: H.heapify((1,)))
t(lambda: H.heappush([]))
t(lambda: H.heappush([1], 'a'))
print(H.heappushpop([], 4))

a = [1, 2, 2, 3, 5]
print(B.bisect_left(a, 2), B.bisect_right(a, 2), B.bisect_left(a, 2, 2), B.bisect_left(a, 2, hi=1),
      B.bisect_right(a, 2, key=lambda x: x), B.bisect_left(a, 10), B.bisect_right(a, -1), B.bisect_left(a, 2, hi=None))
B.insort_right(a, 4)
B.insort_left(a, 0)
B.insort_right(a, 2)
B.insort_left(a, 2, 0, 2)
print(a)
b = [('a', 1), ('b', 2)]
print(B.bisect_left(b, 'b', key=lambda p: p[0]))
B.insort_right(b, ('c', 3), key=lambda p: p[0])
B.insort_left(b, ('a', 0), key=lambda p: p[0])
print(b)


class Seq:
    def __init__(self):
        self.items = [1, 3]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)


s = Seq()
B.insort_left(s, 2)
print(s.items, B.bisect_right(s, 3))
t(lambda: B.bisect_left(a, 2, -1))
t(lambda: B.bisect_left(1, 2))
t(lambda: B.bisect_left(a))
t(lambda: B.bisect_left(a, 1, 'a'))
t(lambda: B.bisect_left(a, 1, lo=None))
t(lambda: B.bisect_left(a, 'x'))
t(lambda: B.bisect_right(a, 'x'))
t(lambda: B.insort_left(a, 1, 0, 1, None, 1))
