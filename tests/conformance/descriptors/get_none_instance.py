# __get__ called with instance None when accessed on the class.
class Verbose:
    def __get__(self, obj, owner=None):
        inst = 'None' if obj is None else type(obj).__name__
        own = 'None' if owner is None else owner.__name__
        return f'get(obj={inst}, owner={own})'

class A:
    v = Verbose()

class B(A):
    pass

print(A.v)
print(A().v)
print(B.v)
print(B().v)
print(A.__dict__['v'].__get__(None, B))
print(A.__dict__['v'].__get__(A()))
print(getattr(A, 'v'), getattr(B(), 'v'))

class SelfOnClass:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return 42

class C:
    attr = SelfOnClass()
print(type(C.attr).__name__, C().attr)

# functions return themselves when accessed on the class
def f(self):
    return 'f'
print(f.__get__(None, C) is f, type(f.__get__(C(), C)).__name__)
print(f.__get__(C())())
try:
    f.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__get__()
except TypeError as e:
    print(type(e).__name__, e)

# property accessed on the class returns the property
class P:
    @property
    def x(self):
        return 1
print(type(P.x).__name__, P.x.__get__(P()), P.x.__get__(None, P) is P.x)

class Raiser:
    def __get__(self, obj, owner):
        raise AttributeError('from descriptor')
class R:
    r = Raiser()
    def __getattr__(self, name):
        return 'getattr fallback for ' + name
print(R().r)
try:
    R.r
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(R, 'r'), hasattr(R(), 'r'))
