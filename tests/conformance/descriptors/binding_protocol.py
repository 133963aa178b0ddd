# Implementing method binding by hand with __get__.
class Method:
    def __init__(self, func, obj):
        self.func = func
        self.obj = obj
    def __call__(self, *args, **kwargs):
        return self.func(self.obj, *args, **kwargs)
    def __eq__(self, other):
        return isinstance(other, Method) and self.func is other.func and self.obj is other.obj
    __hash__ = None

class Function:
    def __init__(self, func):
        self.func = func
        self.__name__ = func.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return Method(self.func, obj)
    def __call__(self, *args, **kwargs):
        return self.func(*args, **kwargs)

class ClassMethod:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, objtype=None):
        if objtype is None:
            objtype = type(obj)
        return Method(self.func, objtype)

class StaticMethod:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, objtype=None):
        return self.func

class Demo:
    def __init__(self, v):
        self.v = v
    @Function
    def show(self, prefix=''):
        return prefix + str(self.v)
    @ClassMethod
    def make(cls, v):
        return cls(v)
    @StaticMethod
    def helper(x):
        return x * 2

d = Demo(5)
print(d.show(), d.show('v='), Demo.show(d, '#'), type(d.show).__name__)
print(d.show == d.show, d.show is d.show, d.show == Demo(5).show)
print(Demo.make(7).v, d.make(8).v, type(Demo.make(1)).__name__)
print(Demo.helper(4), d.helper(5))

class Sub(Demo):
    pass
print(type(Sub.make(1)).__name__, Sub(3).show('s'))

m = d.show
d.v = 'changed'
print(m())
d.show = lambda: 'instance attribute wins over non-data descriptor'
print(d.show())
del d.show
print(d.show('back '))
print(hasattr(Demo.__dict__['show'], '__set__'), hasattr(property(), '__set__'))
