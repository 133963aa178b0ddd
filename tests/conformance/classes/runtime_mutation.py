# Mutating a class after instances exist: existing instances see the change.
class Greeter:
    def greet(self):
        return 'hello'

g1 = Greeter()
g2 = Greeter()
print(g1.greet(), g2.greet())

def new_greet(self):
    return 'howdy'
Greeter.greet = new_greet
print(g1.greet(), g2.greet())

Greeter.farewell = lambda self: 'bye'
print(g1.farewell())
bound_before = g1.greet
Greeter.greet = lambda self: 'third'
print(bound_before(), g1.greet())

del Greeter.greet
try:
    g1.greet()
except AttributeError as e:
    print(type(e).__name__, e)

# instance attribute shadows a later-added class method
g1.shout = lambda: 'instance shout'
Greeter.shout = lambda self: 'class shout'
print(g1.shout(), g2.shout())

# replacing a dunder on the class changes operators on existing instances
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return self.v + other

n = Num(1)
print(n + 1)
Num.__add__ = lambda self, other: self.v - other
print(n + 1)
del Num.__add__
try:
    n + 1
except TypeError as e:
    print(type(e).__name__, e)
Num.__len__ = lambda self: 7
print(len(n), bool(n))
Num.__bool__ = lambda self: False
print(bool(n), 'truthy' if n else 'falsy')
Num.__repr__ = lambda self: f'Num({self.v})'
print(n, [n])
Num.__eq__ = lambda self, o: True
print(n == 5, Num.__hash__ is object.__hash__)

# subclasses see base-class changes
class Base:
    pass
class Derived(Base):
    pass
d = Derived()
Base.feature = 'from base'
print(d.feature)
Derived.feature = 'from derived'
print(d.feature, Base().feature)
del Derived.feature
print(d.feature)
Base.__str__ = lambda self: 'Base str'
print(str(d))
