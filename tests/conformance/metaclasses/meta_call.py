# Metaclass __call__ controls instance creation.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Db(metaclass=Singleton):
    def __init__(self, url):
        print('connecting', url)
        self.url = url

a = Db('one')
b = Db('two')
print(a is b, a.url)

class Tracing(type):
    def __call__(cls, *args, **kwargs):
        print('before', cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        print('after', type(obj).__name__)
        return obj

class T(metaclass=Tracing):
    def __new__(cls, *a, **k):
        print('T.__new__')
        return super().__new__(cls)
    def __init__(self, v, w=0):
        print('T.__init__', v, w)

T(1, w=2)

class NoInstances(type):
    def __call__(cls, *a):
        raise TypeError(f'cannot instantiate {cls.__name__}')

class Abstract(metaclass=NoInstances):
    pass
try:
    Abstract()
except TypeError as e:
    print(type(e).__name__, e)

class Replace(type):
    def __call__(cls, *a):
        return ('replaced', cls.__name__, a)

class R(metaclass=Replace):
    def __init__(self):
        print('never')
print(R(1, 2))

class Counted(type):
    def __init__(cls, *a):
        super().__init__(*a)
        cls.instances = 0
    def __call__(cls, *a, **k):
        cls.instances += 1
        return super().__call__(*a, **k)

class X(metaclass=Counted):
    pass
class Y(X):
    pass
X(); X(); Y()
print(X.instances, Y.instances)
print(callable(X), type(X).__call__ is Counted.__call__)
print(type.__call__(X).__class__.__name__, X.instances)
