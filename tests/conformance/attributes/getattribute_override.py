# Overriding __getattribute__.
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return super().__getattribute__(name)
    def method(self):
        return self.a

l = Logged()
print(l.a)
print(l.method())
try:
    l.missing
except AttributeError as e:
    print(type(e).__name__, e)

class WithBoth:
    def __getattribute__(self, name):
        if name == 'special':
            return 'from getattribute'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'from getattr: ' + name
w = WithBoth()
print(w.special, w.other)

class Raiser:
    def __getattribute__(self, name):
        raise AttributeError('always ' + name)
    def __getattr__(self, name):
        return 'rescued ' + name
print(Raiser().anything)

class Blocker:
    secret = 'hidden'
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('access denied')
        return object.__getattribute__(self, name)
b = Blocker()
print(hasattr(b, 'secret'), getattr(b, 'secret', 'denied'), Blocker.secret)
print(type(b).__name__, b.__class__.__name__)

class Counting:
    def __init__(self):
        object.__setattr__(self, 'count', 0)
    def __getattribute__(self, name):
        d = object.__getattribute__(self, '__dict__')
        d['count'] = d.get('count', 0) + 1
        return object.__getattribute__(self, name)
c = Counting()
c.x = 5
c.x
c.x
print(object.__getattribute__(c, 'count'))

class Uppercase:
    def __init__(self):
        self.name = 'value'
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
print(Uppercase().name)
try:
    object.__getattribute__(5, 'real')
except TypeError as e:
    print(type(e).__name__, e)
print(object.__getattribute__(l, 'a'), type.__getattribute__(int, '__name__'))
try:
    type.__getattribute__(5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
