# Generating __slots__ from a field list in a metaclass and a class decorator.
class Struct(type):
    def __new__(mcls, name, bases, ns):
        fields = ns.get('fields', ())
        ns['__slots__'] = tuple(fields)
        cls = super().__new__(mcls, name, bases, ns)
        all_fields = []
        for base in reversed(cls.__mro__):
            all_fields.extend(base.__dict__.get('fields', ()))
        cls._all = tuple(all_fields)
        return cls
    def __call__(cls, *args):
        if len(args) != len(cls._all):
            raise TypeError(f'{cls.__name__} expects {len(cls._all)} values, got {len(args)}')
        obj = super().__call__()
        for name, value in zip(cls._all, args):
            setattr(obj, name, value)
        return obj

class Base(metaclass=Struct):
    fields = ()
    def __repr__(self):
        inner = ', '.join(f'{n}={getattr(self, n)!r}' for n in self._all)
        return f'{type(self).__name__}({inner})'

class Point(Base):
    fields = ('x', 'y')
class Point3(Point):
    fields = ('z',)

print(Point(1, 2), Point3(1, 2, 3))
print(Point.__slots__, Point3.__slots__, Point3._all)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
p = Point3(0, 0, 0)
try:
    p.w = 1
except AttributeError as e:
    print(type(e).__name__, e)

def add_slots(cls):
    names = tuple(getattr(cls, '__annotations__', {}))
    ns = {k: v for k, v in cls.__dict__.items() if k not in ('__dict__', '__weakref__')}
    ns['__slots__'] = names
    return type(cls)(cls.__name__, cls.__bases__, ns)

@add_slots
class Pair:
    left: int
    right: str
    def __init__(self, left, right):
        self.left = left
        self.right = right

pr = Pair(1, 'r')
print(Pair.__slots__, pr.left, pr.right, hasattr(pr, '__dict__'))
try:
    pr.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Pair.__dict__['left']).__name__, Pair.__qualname__)
