# object() and the methods every class inherits.
o = object()
print(type(o).__name__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(o, '__dict__'), hasattr(object, '__dict__'))

class C:
    pass
c = C()
names = ['__init__', '__new__', '__repr__', '__str__', '__eq__', '__ne__', '__hash__',
         '__lt__', '__getattribute__', '__setattr__', '__delattr__', '__dir__',
         '__format__', '__reduce__', '__sizeof__', '__init_subclass__', '__subclasshook__']
print([hasattr(c, n) for n in names])
print(c == c, c != c, c == C(), c.__eq__(C()), c.__ne__(c))
print(c.__lt__(c), c.__eq__(1))
try:
    c < c
except TypeError as e:
    print(type(e).__name__, e)
print(format(c, '') == str(c))
try:
    format(c, 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(C.__init_subclass__() is None)
print(object.__init__(c) is None)
try:
    object.__init__(c, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(c) == hash(c), type(hash(c)).__name__)
d = dir(c)
print(d == sorted(d), '__class__' in d, '__dict__' in d, '__weakref__' in d)
print(c.__class__.__name__, c.__class__.__class__.__name__)
print(object.__bases__, type.__bases__[0].__name__)
print(object.__mro__ == (object,), type.__mro__ == (type, object))
print(type(object.__dict__['__init__']).__name__, type(object.__init__).__name__)
print(type(c.__init__).__name__, type(c.__str__).__name__)
print(C.__ne__ is object.__ne__, C.__eq__ is object.__eq__)
print(c.__getstate__())
c.x = 1
print(c.__getstate__())
