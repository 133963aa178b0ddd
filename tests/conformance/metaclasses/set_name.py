# __set_name__ is called on class creation for every attribute that defines it.
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.owner = owner.__name__
        self.name = name

class Model:
    first = Field()
    second = Field()
    not_field = 3

print(Model.first.name, Model.second.owner)

# the same object under two names gets called twice
shared = Field()
class Twice:
    a = shared
    b = shared
print(shared.name)

# assigning later does not call __set_name__
f = Field()
Model.late = f
print(hasattr(f, 'name'))
f.__set_name__(Model, 'manual')
print(f.name)

# order with __init_subclass__: __set_name__ first
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, cls.field.name)

class Child(Base):
    field = Field()

# exceptions from __set_name__ propagate (3.12+: no wrapping)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('bad name ' + name)
try:
    class Holder:
        x = Bad()
except Exception as e:
    print(type(e).__name__, e)
    print(getattr(e, '__notes__', None))

# __set_name__ looked up on the type, not instance
class Obj:
    pass
o = Obj()
o.__set_name__ = lambda owner, name: print('instance hook called')
class Holder2:
    attr = o
print('no instance hook')

# type() call also triggers it
D = type('D', (), {'z': Field()})
print(D.z.name)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('meta new start', name)
        cls = super().__new__(mcls, name, bases, ns)
        print('meta new end', name)
        return cls
class WithMeta(metaclass=Meta):
    y = Field()
