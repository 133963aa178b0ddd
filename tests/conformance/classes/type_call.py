# Creating classes with type(name, bases, dict).
def hello(self):
    return 'hello from ' + type(self).__name__

Dyn = type('Dyn', (), {'x': 1, 'hello': hello})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, d.x, d.hello())
print(Dyn.__bases__[0].__name__, type(Dyn).__name__)

Sub = type('Sub', (Dyn,), {'y': 2})
s = Sub()
print(s.x, s.y, s.hello(), [c.__name__ for c in Sub.__mro__])
print(isinstance(s, Dyn), issubclass(Sub, Dyn))

print(type(1).__name__, type('a') is str, type(type) is type)
print(type(Dyn) is type)

def t(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: type('X', 'notatuple', {}))
t(lambda: type('X', (), []))
t(lambda: type(1, (), {}))
t(lambda: type('X', (1,), {}))
t(lambda: type('X', (bool,), {}))
t(lambda: type('X'))
t(lambda: type('X', ()))
t(lambda: type())
t(lambda: type('X', (), {}, 1))
t(lambda: type('X', (), {'__slots__': 1}))
t(lambda: type('A-B c', (), {}).__name__)
t(lambda: type('', (), {}).__name__)
t(lambda: type('X', (), {'__qualname__': 'Q.X'}).__qualname__)
t(lambda: type('X', (), {'__qualname__': 3}))
t(lambda: type('X', (), {'__module__': 'mymod'}).__module__)
t(lambda: type('X', (), {'__doc__': 'doc'}).__doc__)
t(lambda: type('X', (), {}).__doc__)
t(lambda: type('X', (int,), {})(5) + 1)
t(lambda: type('X', (int, str), {}))

ns = {'a': 1}
T = type('T', (), ns)
ns['a'] = 2
print(T.a)
T.b = 3
print('b' in ns, T.b)
Named = type('Named', (), {})
Named.__name__ = 'Renamed'
print(Named.__name__, Named.__qualname__)
t(lambda: setattr(Named, '__name__', 5))
t(lambda: setattr(Named, '__name__', 'a\x00b'))
