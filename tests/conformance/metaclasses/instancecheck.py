# __instancecheck__ and __subclasscheck__ on metaclasses.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return all(hasattr(sub, m) for m in cls.required)

class Quacker(metaclass=DuckMeta):
    required = ('quack',)

class Duck:
    def quack(self):
        return 'quack'

class Dog:
    pass

print(isinstance(Duck(), Quacker))
print(isinstance(Dog(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Dog, Quacker))
print(isinstance(Duck(), (int, Quacker)))

# exact type match short-circuits __instancecheck__
q = Quacker()
print(isinstance(q, Quacker))

class Everything(type):
    def __instancecheck__(cls, obj):
        return 1
    def __subclasscheck__(cls, sub):
        return []

class Any(metaclass=Everything):
    pass
print(isinstance(5, Any), issubclass(int, Any))

class Raising(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError('no checks')
class R(metaclass=Raising):
    pass
try:
    isinstance(1, R)
except RuntimeError as e:
    print(type(e).__name__, e)

# defining __instancecheck__ on the class itself does not affect isinstance
class Self:
    def __instancecheck__(self, obj):
        return True
    @classmethod
    def __subclasscheck__(cls, sub):
        return True
print(isinstance(1, Self), issubclass(int, Self))

# instancecheck on an instance used as the second argument
class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, str)
try:
    print(isinstance('x', Checker()))
except TypeError as e:
    print(type(e).__name__, e)

class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class Even(metaclass=EvenMeta):
    pass
print([isinstance(n, Even) for n in range(5)])
