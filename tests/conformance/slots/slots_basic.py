# __slots__: assignment limits and AttributeError messages.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
def t(thunk):
    try:
        r = thunk()
        print('ok' if r is None else r)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, '|', e)

t(lambda: p.y)
t(lambda: setattr(p, 'y', 2))
t(lambda: p.y)
t(lambda: setattr(p, 'z', 3))
t(lambda: p.z)
t(lambda: p.__dict__)
t(lambda: vars(p))
t(lambda: delattr(p, 'y'))
t(lambda: delattr(p, 'y'))
t(lambda: p.y)
t(lambda: delattr(p, 'z'))
t(lambda: hasattr(p, '__weakref__'))
t(lambda: P.__slots__)
t(lambda: sorted(k for k in P.__dict__ if not k.startswith('__')))
t(lambda: type(P.x).__name__)
t(lambda: P.x.__name__)
t(lambda: '__dict__' in P.__dict__)
t(lambda: setattr(P, 'z', 'class attr'))
t(lambda: p.z)
t(lambda: setattr(p, 'z', 'instance?'))

class Single:
    __slots__ = 'only'
s = Single()
s.only = 1
print(s.only, Single.__slots__)
t(lambda: setattr(s, 'o', 1))

class FromList:
    __slots__ = ['a', 'b']
print(FromList.__slots__, type(FromList.__slots__).__name__)
class FromDict:
    __slots__ = {'a': 'doc for a', 'b': 'doc for b'}
print(FromDict.a.__doc__, FromDict.b.__doc__)
class FromIter:
    __slots__ = iter(['m', 'n'])
f = FromIter()
f.m = 1
print(f.m, type(FromIter.__slots__).__name__)
