# A non-data descriptor that caches its value in the instance __dict__.
class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print('computing', self.attr)
        value = self.fn(obj)
        obj.__dict__[self.attr] = value
        return value

class Data:
    def __init__(self, items):
        self.items = items
    @lazy
    def total(self):
        "Sum of items."
        return sum(self.items)
    @lazy
    def sorted_items(self):
        return sorted(self.items)

d = Data([3, 1, 2])
print(d.total)
print(d.total)
print(d.sorted_items, d.sorted_items)
print(sorted(vars(d)))
del d.total
print(d.total)
d.total = 'overridden'
print(d.total)
print(Data.total.__doc__, type(Data.total).__name__, Data.total.attr)

class Counter:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, owner):
        self.reads += 1
        return self.reads

class UsesCounter:
    c = Counter()
u = UsesCounter()
print(u.c, u.c, UsesCounter.c, UsesCounter.__dict__['c'].reads)

class Bound:
    """Builds bound callables like functions do."""
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self.fn
        return lambda *a: self.fn(obj, *a)

class Uses:
    @Bound
    def method(self, x):
        return (type(self).__name__, x)
print(Uses().method(5), Uses.method(Uses(), 6))

class Chained:
    def __get__(self, obj, owner):
        return property(lambda s: 'inner property')
class Outer:
    attr = Chained()
print(type(Outer().attr).__name__)
