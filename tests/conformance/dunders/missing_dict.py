# __missing__ on dict subclasses.
class Default(dict):
    def __missing__(self, key):
        print('missing', key)
        return key * 2

d = Default(a=1)
print(d['a'], d['zz'], 'zz' in d, d.get('q'), d.get('q', 'dflt'))
print(len(d), dict(d))

class Store(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value

s = Store()
s['x'].append(1)
s['x'].append(2)
s['y'].append(3)
print(s)

class Raises(dict):
    def __missing__(self, key):
        raise KeyError(f'custom {key}')
try:
    Raises()['k']
except KeyError as e:
    print(type(e).__name__, e)

class ReturnsNone(dict):
    def __missing__(self, key):
        return None
print(ReturnsNone()['any'])

# __missing__ on a non-dict class is just a method
class NotDict:
    def __missing__(self, key):
        return 'never'
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()['k']
except KeyError as e:
    print(type(e).__name__, e)

# __missing__ set on the instance is ignored
plain = Default()
class Sub(dict):
    pass
sd = Sub()
sd.__missing__ = lambda key: 'instance'
try:
    sd['k']
except KeyError as e:
    print(type(e).__name__, e)

# pop/setdefault/get do not call __missing__
dd = Default()
print(dd.pop('k', 'popdflt'), dd.setdefault('s', 1), dd.get('g'))
try:
    dd.pop('k')
except KeyError as e:
    print(type(e).__name__, e)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()))
print(isinstance(c, dict), type(c).__name__, c == dict(c))
try:
    {}['absent']
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {}[('tuple', 'key')]
except KeyError as e:
    print(type(e).__name__, e)
