# Methods: instance, class and static methods, and calling styles.
class Counter:
    total = 0
    def __init__(self):
        self.n = 0
    def bump(self, by=1):
        self.n += by
        Counter.total += by
        return self
    @classmethod
    def make(cls, start):
        c = cls()
        c.n = start
        return c
    @staticmethod
    def describe(x):
        return f'value={x}'
    def chain(self):
        return self.bump().bump().bump(10)

c = Counter()
print(c.bump().bump(5).n, Counter.total)
print(Counter.make(7).n, c.make(3).n, type(Counter.make(1)).__name__)
print(Counter.describe(1), c.describe(2))
print(c.chain().n, Counter.total)

class Sub(Counter):
    pass
print(type(Sub.make(0)).__name__, type(Sub().make(0)).__name__)

print(type(Counter.__dict__['make']).__name__, type(Counter.__dict__['describe']).__name__)
print(type(Counter.make).__name__, type(Counter.describe).__name__)
print(Counter.make.__self__ is Counter, Sub.make.__self__ is Sub)
print(Counter.make.__func__ is Counter.__dict__['make'].__func__)

# methods referencing other methods via self
class Shape:
    def area(self):
        return 0
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Shape().describe(), Square(3).describe())

# method called on the class with explicit instance
print(Shape.describe(Square(2)))
# a function defined outside and assigned as a method
def outside(self, x):
    return (type(self).__name__, x)
Shape.outside = outside
print(Square(1).outside(5))
# methods are looked up on the type, not the instance, for dunders
s = Square(1)
s.area = lambda: 'instance area'
print(s.describe())
try:
    Shape.area()
except TypeError as e:
    print(type(e).__name__, e)
