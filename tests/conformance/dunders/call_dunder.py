# __call__ on instances and classes.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (self.k * x + sum(rest)) * scale

m = Multiplier(3)
print(m(2), m(2, 1, 1), m(2, scale=10), callable(m))
print(list(map(m, [1, 2, 3])))
print(sorted([3, 1, 2], key=Multiplier(-1)))

try:
    m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m(1, bogus=2)
except TypeError as e:
    print(type(e).__name__, e)

class CallReturnsSelf:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self
c = CallReturnsSelf()
print(c()()().calls)

class CallIsClass:
    class __call__:
        def __init__(self, *a):
            self.a = a
obj = CallIsClass()
print(type(obj(1, 2)).__name__, obj(1, 2).a)

class CallIsInstance:
    __call__ = Multiplier(10)
try:
    print(CallIsInstance()(5))
except TypeError as e:
    print(type(e).__name__, e)

class StaticCall:
    @staticmethod
    def __call__(x):
        return 'static ' + str(x)
print(StaticCall()(1))

class ClassCall:
    @classmethod
    def __call__(cls, x):
        return cls.__name__ + ' ' + str(x)
print(ClassCall()(2))

class Recurse:
    def __call__(self, n):
        return 1 if n == 0 else n * self(n - 1)
print(Recurse()(10))

def make():
    class Local:
        def __call__(self):
            return 'local call'
    return Local()
print(make()())
try:
    Multiplier.__call__(5, 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(type(m.__call__).__name__, m.__call__(4))
