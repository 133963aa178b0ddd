# Calling things that are not callable.
def t(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

t(lambda: 1())
t(lambda: 'abc'())
t(lambda: None())
t(lambda: [1, 2]())
t(lambda: (1,)())
t(lambda: {}())
t(lambda: 1.5())
t(lambda: b'x'())

class A:
    pass

a = A()
t(lambda: a())
t(lambda: A()())
x = 5
t(lambda: x(1, 2))

class B:
    __call__ = 3

t(lambda: B()())

class C:
    def __call__(self, *a, **k):
        return ('called', a, k)

t(lambda: C()(1, k=2))
print(callable(a), callable(A), callable(C()), callable(C), callable(len), callable(1))
print(callable(B()), callable(lambda: 0), callable(print), callable(None))

# a __call__ set on the instance is ignored
d = A()
d.__call__ = lambda: 'instance'
t(lambda: d())
print(callable(d))

# calling a module attribute that is not callable
import math
t(lambda: math.pi())

# callable class instance nested
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return Adder(self.n + x)
    def __repr__(self):
        return f'Adder({self.n})'

print(Adder(1)(2)(3)(4))
