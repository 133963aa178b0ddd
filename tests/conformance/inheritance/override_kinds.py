# Overriding attributes with different kinds: property, method, plain value.
class Base:
    @property
    def size(self):
        return 'Base.size property'
    def action(self):
        return 'Base.action method'
    value = 'Base.value'
    @classmethod
    def make(cls):
        return 'Base.make for ' + cls.__name__

class PlainOverride(Base):
    size = 'plain attribute now'
    action = 'not callable'
print(PlainOverride().size, PlainOverride().action)

class PropOverride(Base):
    @property
    def value(self):
        return 'property over ' + super().value
    @property
    def action(self):
        return lambda: 'property returning callable'
print(PropOverride().value, PropOverride().action())
try:
    PropOverride().value = 1
except AttributeError as e:
    print(type(e).__name__, e)

class ExtendProp(Base):
    @Base.size.getter
    def size(self):
        return 'Extended ' + Base.size.fget(self)
    @size.setter
    def size(self, v):
        print('setting size', v)
e = ExtendProp()
print(e.size)
e.size = 10
print(type(Base.__dict__['size']).__name__, Base.size.fset)

class SuperProp(Base):
    @property
    def size(self):
        return 'Super: ' + super().size
print(SuperProp().size)

class MethodToStatic(Base):
    @staticmethod
    def action():
        return 'static override'
    @staticmethod
    def make():
        return 'make is static now'
print(MethodToStatic().action(), MethodToStatic.make())

class InstanceShadow(Base):
    def __init__(self):
        self.value = 'instance value'
        try:
            self.size = 'cannot shadow property'
        except AttributeError as err:
            print(type(err).__name__, err)
i = InstanceShadow()
print(i.value, i.size)

class Abstractish:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
class Sq(Abstractish):
    def area(self):
        return 4
class Bad(Abstractish):
    pass
print(Sq().area())
try:
    Bad().area()
except NotImplementedError as err:
    print(type(err).__name__, err)
