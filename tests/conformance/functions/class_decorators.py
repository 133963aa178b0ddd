# Class decorators.
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, 2))
print([Point(0, 'a')])

registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco

@register('first')
class A:
    pass

@register('second')
class B(A):
    pass

print(sorted(registry), registry['first'].__name__, B.registered_as, A.registered_as)

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v, type(Config).__name__)
order = []
def mark(tag):
    def deco(cls):
        order.append((tag, cls.__name__))
        return cls
    return deco
@mark('outer')
@mark('inner')
class Both:
    pass
print(order)
def freeze(cls):
    def setattr_(self, name, value):
        raise AttributeError(f'{cls.__name__} is frozen')
    orig_init = cls.__init__
    def init(self, *a):
        object.__setattr__(self, '_ready', False)
        orig_init(self, *a)
    cls.__init__ = init
    cls.__setattr__ = setattr_
    return cls
@freeze
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e)
