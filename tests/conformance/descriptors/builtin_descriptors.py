# Descriptors that builtin types expose.
print(type(int.__dict__['real']).__name__, int.real.__get__(5))
print(type(list.__dict__['append']).__name__)
app = list.__dict__['append'].__get__([1])
app(2)
print(type(app).__name__, app.__self__)
print(type(str.__dict__['upper']).__name__, str.__dict__['upper'].__get__('abc')())
print(type(dict.__dict__['fromkeys']).__name__, dict.__dict__['fromkeys'].__get__(None, dict)('ab'))
print(type(object.__dict__['__class__']).__name__)
print(type(type.__dict__['__mro__']).__name__, type.__dict__['__mro__'].__get__(bool))
print(type(int.__dict__['__add__']).__name__, int.__dict__['__add__'](2, 3))
print(type((5).__add__).__name__, (5).__add__(1))

class C:
    __slots__ = ('x',)
print(type(C.__dict__['x']).__name__, C.x.__name__, C.x.__objclass__.__name__)
c = C()
C.x.__set__(c, 10)
print(C.x.__get__(c), c.x)
C.x.__delete__(c)
try:
    C.x.__get__(c)
except AttributeError as e:
    print(type(e).__name__, e)

def t(thunk):
    try:
        print(thunk())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

t(lambda: list.__dict__['append'].__get__('str'))
t(lambda: list.__dict__['append'](('tuple',), 1))
t(lambda: int.__dict__['real'].__get__('x'))
t(lambda: int.__dict__['__add__']('a', 1))
t(lambda: int.__dict__['__add__'](1, 'a'))
t(lambda: C.x.__set__(5, 1))
t(lambda: C.x.__get__(None, C) is C.x)
t(lambda: setattr(5, 'real', 1))
t(lambda: int.__dict__['real'].__set__(5, 1))
t(lambda: type(property.__dict__['fget']).__name__)
t(lambda: type(C.__dict__.get('__dict__')).__name__)
t(lambda: type(c.__init__).__name__)
t(lambda: [].append.__name__ + ' ' + [].append.__qualname__)
t(lambda: (1).__add__.__self__)
t(lambda: str.join.__objclass__ is str)
t(lambda: int.__add__.__name__ + ' ' + int.__add__.__qualname__)
