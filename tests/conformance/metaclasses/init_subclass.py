# __init_subclass__ with keyword arguments.
class Base:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append((cls.__name__, tag))

class A(Base, tag='alpha'):
    pass
class B(Base):
    pass
class C(A, tag='gamma'):
    pass
print(Base.subclasses, A.tag, B.tag, C.tag)
print(hasattr(Base, 'tag'))

try:
    class D(Base, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class E(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Plugin:
    registry = {}
    def __init_subclass__(cls, *, name, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name] = cls

class JSON(Plugin, name='json'):
    pass
class XML(Plugin, name='xml'):
    pass
print(sorted((k, v.__name__) for k, v in Plugin.registry.items()))
try:
    class Nameless(Plugin):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ is implicitly a classmethod
print(type(Base.__dict__['__init_subclass__']).__name__)

class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f'{cls.__name__} missing {missing}')

class Good(Validated):
    required = ('run',)
    def run(self): pass
try:
    class Missing(Validated):
        required = ('run', 'stop')
except TypeError as e:
    print(type(e).__name__, e)

class Chain1:
    def __init_subclass__(cls, **kw):
        print('Chain1 sees', cls.__name__, kw)
        super().__init_subclass__()
class Chain2(Chain1):
    def __init_subclass__(cls, extra=0, **kw):
        print('Chain2 sees', cls.__name__, extra)
        super().__init_subclass__(**kw)
class Leaf(Chain2, extra=5, more=6):
    pass
