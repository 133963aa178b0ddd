# Single inheritance: overriding, extending, attribute resolution.
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    def describe(self):
        return f'{self.name} is a {self.kind}: {self.speak()}'

class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return f'{self.name} barks'

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + ' softly'

for a in (Animal('generic'), Dog('rex'), Puppy('bit', 1)):
    print(a.describe())
p = Puppy('tiny', 2)
print(p.age, p.kind, vars(p))
print([k.__name__ for k in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__)
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(Dog.speak is Animal.speak, Puppy.describe is Animal.describe)
print(Animal.speak(p), Dog.speak(p))

class Base:
    def template(self):
        return [self.step1(), self.step2()]
    def step1(self):
        return 'base1'
    def step2(self):
        return 'base2'
class Derived(Base):
    def step2(self):
        return 'derived2'
print(Derived().template())

class NoInit(Puppy):
    pass
try:
    NoInit('x')
except TypeError as e:
    print(type(e).__name__, e)
print(NoInit('y', 3).age)

class Shadow(Animal):
    def __init__(self):
        pass
s = Shadow()
try:
    s.describe()
except AttributeError as e:
    print(type(e).__name__, e)

class Counter:
    count = 0
    def incr(self):
        self.count += 1
        return self.count
class SubCounter(Counter):
    pass
sc = SubCounter()
print(sc.incr(), sc.incr(), Counter.count, SubCounter.count, sc.count)
