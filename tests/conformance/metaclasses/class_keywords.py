# Keyword arguments in the class statement.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print('new kwargs', name, kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kwargs
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print('init kwargs', name, kwargs)
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('prepare kwargs', name, kwargs)
        return {}

class A(metaclass=Meta, color='red', size=3):
    pass
print(A.options)

class B(A, color='blue'):
    pass
print(B.options)

opts = {'x': 1, 'y': 2}
class C(metaclass=Meta, **opts):
    pass
print(C.options)

bases = (A,)
class D(*bases, z=0):
    pass
print(D.options, [k.__name__ for k in D.__mro__])

try:
    class E(flavor='vanilla'):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class StrictMeta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)

try:
    class F(metaclass=StrictMeta, extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class LenientInit(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

try:
    class G(metaclass=LenientInit, extra=1):
        pass
    print('G created', type(G).__name__)
except TypeError as e:
    print(type(e).__name__, e)

try:
    type('H', (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class I(metaclass=Meta, metaclass2=None, **{'color': 1}):
        pass
except TypeError as e:
    print(type(e).__name__, e)
