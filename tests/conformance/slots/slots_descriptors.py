# The member descriptors that __slots__ creates on the class.
class S:
    __slots__ = ('x', 'y')

d = S.__dict__['x']
print(type(d).__name__, d.__name__, d.__objclass__.__name__, d is S.x)
s = S()
d.__set__(s, 10)
print(s.x, d.__get__(s, S), d.__get__(None, S) is d)
try:
    d.__get__(5, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.__set__(object(), 1)
except TypeError as e:
    print(type(e).__name__, e)
d.__delete__(s)
try:
    d.__delete__(s)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.x
except AttributeError as e:
    print(type(e).__name__, e)

# replacing the slot descriptor on the class hides the storage
S.y = 'plain class attribute'
try:
    s.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(s.y)

# a property with the same name as a slot on a subclass wins
class Base:
    __slots__ = ('v',)
class Derived(Base):
    __slots__ = ()
    @property
    def v(self):
        return 'property'
dd = Derived()
Base.v.__set__(dd, 'stored')
print(dd.v, Base.v.__get__(dd))

# __slots__ with class attributes under different names and defaults via __init__
class Defaults:
    __slots__ = ('a', 'b')
    DEFAULT_A = 1
    def __init__(self, a=None, b=2):
        self.a = self.DEFAULT_A if a is None else a
        self.b = b
df = Defaults()
print(df.a, df.b, Defaults(5).a)
print(sorted(n for n in dir(df) if not n.startswith('__')))
print(repr(Defaults.a).startswith('<member'), repr(Defaults.a))
