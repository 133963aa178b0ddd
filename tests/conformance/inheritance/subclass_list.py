# Subclassing list and overriding methods.
class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for item in items:
            self.append(item)
    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f'expected {self.kind.__name__}, got {type(item).__name__}')
        super().append(item)
    def __repr__(self):
        return f'TypedList[{self.kind.__name__}]({list.__repr__(self)})'

t = TypedList(int, [1, 2])
t.append(3)
print(t, len(t), t[0], t[-1], sum(t))
try:
    t.append('x')
except TypeError as e:
    print(type(e).__name__, e)
t.extend(['bypass'])
t.insert(0, 'also bypass')
print(t)
print(type(t[1:]).__name__, type(t + [1]).__name__, type(t * 2).__name__)
print(isinstance(t, list), t == list(t), type(t.copy()).__name__)

class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s.pop(), s)

class CountingList(list):
    def __getitem__(self, i):
        print('getitem', i)
        return super().__getitem__(i)
    def __len__(self):
        return 100
c = CountingList([1, 2, 3])
print(c[0], len(c), list(c), bool(CountingList()))
for x in c:
    print('iter', x)
print(sorted(c), max(c), 2 in c)

class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, x):
        self.append(x)
        self.sort()
s2 = Sorted([3, 1, 2])
s2.add(0)
print(s2, s2.index(2))
s2.attr = 'lists subclasses have a __dict__'
print(s2.attr, vars(s2))
