# Metaclasses are inherited; metaclass methods versus class methods.
class Meta(type):
    def meta_only(cls):
        return 'meta_only on ' + cls.__name__
    def shared(cls):
        return 'Meta.shared on ' + cls.__name__
    counter = 0
    def __init__(cls, *a, **k):
        super().__init__(*a, **k)
        Meta.counter += 1
        cls.serial = Meta.counter

class A(metaclass=Meta):
    def shared(self):
        return 'A.shared on instance'
class B(A):
    pass
class C(B):
    pass

print(type(A).__name__, type(B).__name__, type(C).__name__)
print(A.serial, B.serial, C.serial, Meta.counter)
print(C.meta_only(), C().shared(), C.shared(C()))
print(type(C).shared(C))
print(hasattr(C(), 'meta_only'), 'meta_only' in dir(C), 'shared' in dir(C))

class SubMeta(Meta):
    def meta_only(cls):
        return 'SubMeta.meta_only on ' + cls.__name__
class D(C, metaclass=SubMeta):
    pass
class E(D):
    pass
print(type(D).__name__, type(E).__name__, E.meta_only(), E.serial)
print([k.__name__ for k in type(E).__mro__])

class Other(type):
    pass
try:
    class F(E, metaclass=Other):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(isinstance(E, Meta), isinstance(E, SubMeta), isinstance(A, SubMeta), isinstance(E, type))
print(issubclass(type(E), type(A)))
print(type.__call__ is Meta.__call__, type(type) is type, type(Meta) is type)

class Counting(type):
    instances = 0
    def __call__(cls, *a):
        Counting.instances += 1
        return super().__call__(*a)
class G(metaclass=Counting):
    pass
class H(G):
    def __init__(self, v):
        self.v = v
G(); H(1); H(2)
print(Counting.instances, H(3).v)
print(vars(Meta).get('counter'), 'counter' in vars(A), A.counter)
