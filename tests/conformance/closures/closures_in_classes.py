# Methods and class bodies closing over enclosing function variables.
def make_class(prefix, count):
    class Made:
        label = prefix + '!'
        def greet(self, name):
            return f'{prefix} {name}'
        def counter(self):
            nonlocal count
            count += 1
            return count
        @classmethod
        def info(cls):
            return (cls.label, prefix, count)
    return Made

A = make_class('hi', 0)
B = make_class('yo', 100)
a1, a2 = A(), A()
print(a1.greet('x'), B().greet('y'))
print(a1.counter(), a2.counter(), B().counter(), A.info(), B.info())
print(A.__qualname__, A.greet.__code__.co_freevars)

def make_counter_class():
    total = 0
    class Counter:
        def __init__(self):
            nonlocal total
            total += 1
            self.id = total
        @staticmethod
        def total():
            return total
    return Counter
Counter = make_counter_class()
c1, c2, c3 = Counter(), Counter(), Counter()
print(c1.id, c3.id, Counter.total())

def class_body_reads_enclosing():
    x = 'enclosing x'
    class K:
        y = x
        x = 'class x'
        z = x
        def m(self):
            return x
    return K.y, K.z, K().m()
try:
    print(class_body_reads_enclosing())
except NameError as e:
    print(type(e).__name__, e)

def class_body_no_assign():
    x = 'enclosing x'
    class K:
        y = x
        def m(self):
            return x
    return K.y, K().m()
print(class_body_no_assign())

def comprehension_in_class():
    factor = 10
    class K:
        values = [factor * i for i in range(3)]
        pairs = {i: factor for i in range(2)}
    return K.values, K.pairs
print(comprehension_in_class())

def lambdas_in_class():
    base = 5
    class K:
        add = lambda self, v: base + v
        adders = [lambda v, i=i: v + i + base for i in range(2)]
    return K().add(1), [f(0) for f in K.adders]
print(lambdas_in_class())
