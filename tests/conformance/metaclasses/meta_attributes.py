# Attribute lookup through metaclasses.
class Meta(type):
    meta_attr = 'from meta'
    shared = 'meta shared'
    def meta_method(cls):
        return 'meta method on ' + cls.__name__
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter(cls.items)
    def __getattr__(cls, name):
        return f'meta getattr {name}'

class K(metaclass=Meta):
    shared = 'class shared'
    items = [1, 2, 3]

print(K.meta_attr, K.shared, K.meta_method())
print(repr(K), str(K), [K])
print(len(K), list(K), 2 in K)
print(K.anything, K.whatever_else)
k = K()
print(hasattr(k, 'meta_attr'), k.shared)
try:
    k.anything
except AttributeError as e:
    print(type(e).__name__, e)

class Sub(K):
    items = ['a']
print(repr(Sub), len(Sub), list(Sub), Sub.meta_attr)

class DataMeta(type):
    @property
    def computed(cls):
        return 'meta property of ' + cls.__name__

class C(metaclass=DataMeta):
    computed = 'class attribute'
print(C.computed, C().computed)

class NonDataMeta(type):
    def computed(cls):
        return 'meta method'
class D(metaclass=NonDataMeta):
    computed = 'class attr wins'
print(D.computed)

class CallableMeta(type):
    def __add__(cls, other):
        return f'{cls.__name__}+{other.__name__}'
    def __eq__(cls, other):
        return cls.__name__ == getattr(other, '__name__', None)
    def __hash__(cls):
        return hash(cls.__name__)
class P(metaclass=CallableMeta): pass
class Q(metaclass=CallableMeta): pass
print(P + Q)
Q2 = CallableMeta('P', (), {})
print(P == Q2, P is Q2, len({P, Q2}))
print(type(K).__name__, type(type(K)).__name__)
print(Meta.__class__.__name__, K.__class__.__name__)
