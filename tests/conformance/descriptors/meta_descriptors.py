# Descriptors defined on metaclasses act on classes.
class ClassProp:
    def __get__(self, cls, meta):
        if cls is None:
            return self
        return f'meta descriptor for {cls.__name__}'
    def __set__(self, cls, value):
        print('set on class', cls.__name__, value)

class Meta(type):
    info = ClassProp()
    @property
    def registry_size(cls):
        return len(cls.__dict__)
    @registry_size.setter
    def registry_size(cls, v):
        print('cannot really set', v)

class A(metaclass=Meta):
    pass

print(A.info)
A.info = 5
print('info' in A.__dict__)
print(type(Meta.info).__name__)
print(A.registry_size > 0)
A.registry_size = 3
try:
    A().info
except AttributeError as e:
    print(type(e).__name__, e)

class NonDataOnMeta:
    def __get__(self, cls, meta):
        return 'meta non-data'

class Meta2(type):
    label = NonDataOnMeta()

class B(metaclass=Meta2):
    label = 'class own label'
class C(metaclass=Meta2):
    pass
print(B.label, C.label)

# a descriptor in the class dict is called with instance None when read on the class
class Desc:
    def __get__(self, obj, owner):
        return ('class dict desc', obj is None, owner.__name__)
class D(metaclass=Meta):
    d = Desc()
print(D.d)

# class-level __dict__/__name__ etc. are metaclass data descriptors
print(type(type.__dict__['__name__']).__name__, type(type.__dict__['__dict__']).__name__)
print(type.__dict__['__name__'].__get__(A), type.__dict__['__qualname__'].__get__(D))
try:
    type.__dict__['__name__'].__set__(int, 'x')
except TypeError as e:
    print(type(e).__name__, e)

class CM(type):
    def __getattribute__(cls, name):
        if name == 'magic':
            return 'intercepted on class'
        return super().__getattribute__(name)
class E(metaclass=CM):
    magic = 'real'
print(E.magic, E().magic, E.__dict__['magic'])
