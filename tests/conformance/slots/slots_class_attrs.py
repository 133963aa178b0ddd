# __slots__ alongside class attributes, properties, and class-level defaults.
class Config:
    __slots__ = ('_host', 'port')
    DEFAULT_PORT = 80
    def __init__(self, host, port=None):
        self._host = host
        self.port = port if port is not None else self.DEFAULT_PORT
    @property
    def host(self):
        return self._host.lower()
    @host.setter
    def host(self, value):
        self._host = value
    def __repr__(self):
        return f'Config({self._host!r}, {self.port})'

c = Config('EXAMPLE.org')
print(c, c.host, c.port)
c.host = 'Other.NET'
print(c, c.host)
try:
    c.DEFAULT_PORT = 8080
except AttributeError as e:
    print(type(e).__name__, e)
Config.DEFAULT_PORT = 8080
print(Config('h').port, c.port)

class Counter:
    __slots__ = ('value',)
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.value = 0
    @classmethod
    def make_many(cls, n):
        return [cls() for _ in range(n)]
    @staticmethod
    def describe():
        return 'Counter with slots'
objs = Counter.make_many(3)
print(Counter.instances, [o.value for o in objs], Counter.describe())
try:
    objs[0].instances = 10
except AttributeError as e:
    print(type(e).__name__, e)

class WithDefault:
    __slots__ = ('a',)
try:
    class Bad:
        __slots__ = ('a',)
        a = 'default'
except ValueError as e:
    print(type(e).__name__, e)

class Base:
    __slots__ = ('x',)
    def __init__(self):
        self.x = 'base'
class Child(Base):
    x = 'class attribute hides the inherited slot'
ch = Child()
print(ch.x, ch.__dict__)
try:
    print(Base.x.__get__(ch))
except AttributeError as e:
    print('slot stays empty:', type(e).__name__, e)
Base.x.__set__(ch, 'stored in the slot')
print(ch.x, Base.x.__get__(ch))
del ch.__dict__['x']
print(ch.x)
print(type(vars(Child).get('x')).__name__, type(vars(Base).get('x')).__name__)
