# Dynamic attribute patterns built on __getattr__/__setattr__.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, '_fields', dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f'Record has no field {name!r}') from None
    def __setattr__(self, name, value):
        self._fields[name] = value
    def __delattr__(self, name):
        try:
            del self._fields[name]
        except KeyError:
            raise AttributeError(name) from None
    def __repr__(self):
        inner = ', '.join(f'{k}={v!r}' for k, v in self._fields.items())
        return f'Record({inner})'

r = Record(a=1, b='two')
print(r, r.a, r.b)
r.c = [3]
del r.a
print(r, vars(r))
for action in (lambda: r.a, lambda: delattr(r, 'a')):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e, '| cause suppressed:', e.__suppress_context__)

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__

d = AttrDict(x=1)
d.y = 2
print(d, d.x, d.y, d.keys() == {'x', 'y'})
del d.x
print(d)
try:
    d.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del d.zz
except KeyError as e:
    print(type(e).__name__, e)

class Chain:
    def __init__(self, path=()):
        self._path = path
    def __getattr__(self, name):
        return Chain(self._path + (name,))
    def __call__(self, *args):
        return '.'.join(self._path) + str(args)
print(Chain().api.users.get(5))
print(Chain().a.b.c())

class Lazy:
    def __getattr__(self, name):
        value = f'<{name}>'
        setattr(self, name, value)
        print('computed', name)
        return value
z = Lazy()
print(z.foo, z.foo, z.bar, sorted(vars(z)))
