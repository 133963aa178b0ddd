# __slots__ across mixins, multiple bases, and __init_subclass__.
class Comparable:
    __slots__ = ()
    def _key(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self._key() < other._key()
    def __eq__(self, other):
        return self._key() == other._key()
    def __hash__(self):
        return hash(self._key())

class Printable:
    __slots__ = ()
    def __repr__(self):
        vals = ', '.join(repr(getattr(self, s)) for s in type(self).__slots__)
        return f'{type(self).__name__}({vals})'

class Version(Comparable, Printable):
    __slots__ = ('major', 'minor')
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def _key(self):
        return (self.major, self.minor)

vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs), Version(1, 0) == Version(1, 0), len(set(vs + [Version(1, 2)])))
print([k.__name__ for k in Version.__mro__])
try:
    Version(1, 1).patch = 3
except AttributeError as e:
    print(type(e).__name__, e)

class Tracked:
    __slots__ = ()
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Tracked.registry.append((cls.__name__, '__dict__' in dir(cls) and hasattr(cls, '__dict__')))

class WithSlots(Tracked):
    __slots__ = ('a',)
class WithoutSlots(Tracked):
    pass
print([n for n, _ in Tracked.registry])
print(hasattr(WithSlots(), '__dict__'), hasattr(WithoutSlots(), '__dict__'))

class A:
    __slots__ = ('a',)
class B:
    __slots__ = ()
class AB(A, B):
    __slots__ = ('b',)
ab = AB()
ab.a, ab.b = 1, 2
print(ab.a, ab.b, AB.__slots__)
try:
    class Conflict(A, type('Other', (), {'__slots__': ('o',)})):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OkWithDictBase(A, type('DictBase', (), {})):
    pass
o = OkWithDictBase()
o.a = 1
o.free = 2
print(o.a, o.free, o.__dict__)
