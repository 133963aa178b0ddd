# Subclassing dict: which methods the overrides affect.
class LoudDict(dict):
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)

d = LoudDict(a=1)
d['b'] = 2
print(d['a'])
d.update(c=3)
d.setdefault('e', 5)
print(d.get('a'), dict(d), len(d))
print(type(d.copy()).__name__, type(d | {}).__name__)
print({**d}, list(d.items()))

class LowerKeys(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        self.update(*args, **kw)
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())

l = LowerKeys({'A': 1}, B=2)
l['C'] = 3
print(l, l['a'], l['B'], 'c' in l, 'C' in l, l.get('A'))

class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().keys()))
o = Ordered(b=1, a=2, c=3)
print(list(o), list(o.keys()), [k for k in o], dict(o))

class Attr(dict):
    pass
a = Attr(x=1)
a.meta = 'info'
print(a, a.meta, a == {'x': 1}, isinstance(a, dict))
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
print(Attr.fromkeys('ab', 0), type(Attr.fromkeys('ab')).__name__)
class Eq(dict):
    def __eq__(self, other):
        return 'custom eq'
print(Eq() == {}, {} == Eq())
