# Metaclass hooks for class attribute assignment and a custom mro().
class Frozen(type):
    def __setattr__(cls, name, value):
        if getattr(cls, '_frozen', False):
            raise AttributeError(f'class {cls.__name__} is frozen; cannot set {name!r}')
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        raise AttributeError(f'cannot delete {name!r} from {cls.__name__}')

class Consts(metaclass=Frozen):
    PI = 3
Consts.E = 2
Consts._frozen = True
for action in (lambda: setattr(Consts, 'PI', 4), lambda: delattr(Consts, 'E')):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(Consts.PI, Consts.E)
inst = Consts()
inst.PI = 'instance ok'
print(inst.PI, Consts.PI)

class Reversed(type):
    def mro(cls):
        default = super().mro()
        print('mro() called for', cls.__name__)
        return [default[0]] + list(reversed(default[1:-1])) + [object]

class A: 
    def who(self): return 'A'
class B:
    def who(self): return 'B'
class C(A, B, metaclass=Reversed):
    pass
print([k.__name__ for k in C.__mro__], C().who())

class AbstractMeta(type):
    def __call__(cls, *a, **k):
        missing = sorted(name for name in dir(cls) if getattr(getattr(cls, name), 'is_abstract', False))
        if missing:
            raise TypeError(f"Can't instantiate {cls.__name__} with abstract methods {', '.join(missing)}")
        return super().__call__(*a, **k)

def abstract(fn):
    fn.is_abstract = True
    return fn

class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self): pass
    @abstract
    def perimeter(self): pass
class Square(Shape):
    def area(self): return 4
class Full(Square):
    def perimeter(self): return 8
for cls in (Shape, Square, Full):
    try:
        obj = cls()
        print(cls.__name__, obj.area(), obj.perimeter())
    except TypeError as e:
        print(type(e).__name__, e)

class BadMro(type):
    def mro(cls):
        return [1]
try:
    class X(metaclass=BadMro):
        pass
except TypeError as e:
    print(type(e).__name__, e)
