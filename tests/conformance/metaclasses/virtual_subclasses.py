# A hand-written ABC-like registry using __instancecheck__/__subclasscheck__.
class InterfaceMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._registry = set()
        cls._required = tuple(ns.get('required', ()))
        return cls
    def register(cls, sub):
        cls._registry.add(sub)
        return sub
    def __subclasscheck__(cls, sub):
        if not isinstance(sub, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for c in sub.__mro__:
            if c is cls or c in cls._registry:
                return True
        required = cls._required
        return bool(required) and all(any(r in vars(k) for k in sub.__mro__) for r in required)
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

class Sized(metaclass=InterfaceMeta):
    required = ('__len__',)

class Named(metaclass=InterfaceMeta):
    pass

class Thing:
    def __len__(self):
        return 0
class Other:
    pass
class Real(Named):
    pass
@Named.register
class Registered:
    pass
class SubRegistered(Registered):
    pass

print(issubclass(Thing, Sized), issubclass(Other, Sized), issubclass(list, Sized), issubclass(int, Sized))
print(isinstance([], Sized), isinstance(5, Sized), isinstance(Thing(), Sized))
print(issubclass(Real, Named), issubclass(Registered, Named), issubclass(SubRegistered, Named))
print(isinstance(Registered(), Named), isinstance(Other(), Named))
print(Registered.__name__, Named.register(Other) is Other, isinstance(Other(), Named))
print(sorted(k.__name__ for k in Named._registry))
print(Registered.__mro__[1].__name__, Named in Registered.__mro__)
try:
    issubclass(5, Sized)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(isinstance(Thing(), (int, Sized)), issubclass(Thing, (Named, Sized)))
