# __set__ and __delete__ with per-instance storage and validation.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.slot = '_' + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        try:
            return getattr(obj, self.slot)
        except AttributeError:
            raise AttributeError(f'{self.name} is not set') from None
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.slot, value)
    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.slot)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person('Ann', 30)
print(p.name, p.age, sorted(vars(p)))
def t(thunk):
    try:
        r = thunk()
        print('ok' if r is None else r)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
t(lambda: setattr(p, 'age', 'old'))
t(lambda: Person('Bob', 1.5))
t(lambda: delattr(p, 'age'))
t(lambda: p.age)
t(lambda: delattr(p, 'age'))
t(lambda: setattr(p, 'age', 31))
t(lambda: p.age)
print(type(Person.name).__name__, Person.age.slot)

class Logged:
    def __set__(self, obj, value):
        print('__set__', type(obj).__name__, value)
    def __delete__(self, obj):
        print('__delete__', type(obj).__name__)
class H:
    x = Logged()
h = H()
h.x = 1
setattr(h, 'x', 2)
del h.x
delattr(h, 'x')
# without __delete__, deleting a data descriptor attribute fails
class NoDel:
    def __get__(self, o, t): return 1
    def __set__(self, o, v): pass
class K:
    y = NoDel()
t(lambda: delattr(K(), 'y'))
class NoSet:
    def __get__(self, o, t): return 1
    def __delete__(self, o): pass
class K2:
    y = NoSet()
t(lambda: setattr(K2(), 'y', 5))
