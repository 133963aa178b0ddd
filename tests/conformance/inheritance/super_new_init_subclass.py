# super() in __new__, classmethods and __init_subclass__.
class Base:
    def __new__(cls, *args, **kwargs):
        print('Base.__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, value):
        self.value = value

class Child(Base):
    def __new__(cls, value):
        print('Child.__new__', value)
        inst = super().__new__(cls, value)
        inst.tag = 'tagged by Child'
        return inst

c = Child(5)
print(c.value, c.tag, type(c).__name__)

class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Positive(-5), type(Positive(-5)).__name__, Positive(3) + 1)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def __init__(self, s):
        super().__init__()
        self.original = s
u = Upper('abc')
print(u, u.original, u + 'x', type(u + 'x').__name__)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(1, 2)
print(p, p.x, len(p), type(p).__name__, p == (1, 2))

class Registry:
    names = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.names.append(cls.__name__)

class Tagged(Registry):
    def __init_subclass__(cls, tag='none', **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

class T1(Tagged, tag='one'):
    pass
class T2(Tagged):
    pass
print(Registry.names, T1.tag, T2.tag)

class Factory:
    @classmethod
    def create(cls):
        return cls.__name__
class SubFactory(Factory):
    @classmethod
    def create(cls):
        return 'Sub:' + super().create()
print(SubFactory.create(), SubFactory().create())

try:
    object.__new__(Positive)
except TypeError as e:
    print(type(e).__name__, e)
class BadNew:
    def __new__(cls):
        return super().__new__(cls, 1)
try:
    BadNew()
except TypeError as e:
    print(type(e).__name__, e)
