# Attribute lookup on classes: MRO, metaclass, and type attributes.
class A:
    x = 'A'
    def f(self):
        return 'A.f'
class B(A):
    pass
class C(A):
    x = 'C'
class D(B, C):
    pass

print(D.x, D().x, D().f(), [k.__name__ for k in D.__mro__])
print(D.__dict__.get('x'), getattr(D, 'x'))
C.x = 'C2'
print(D.x)
del C.x
print(D.x)
A.f = lambda self: 'new A.f'
print(D().f())

print(type(D.f).__name__, type(D().f).__name__, D.f.__qualname__ if hasattr(D.f, '__qualname__') else None)
print(D.__name__, D.__mro__[1].__name__, D.__base__.__name__)

class M(type):
    m_only = 'meta only'
    x = 'meta x'
class K(metaclass=M):
    x = 'class x'
print(K.m_only, K.x)
try:
    K().m_only
except AttributeError as e:
    print(type(e).__name__, e)

class Sub(K):
    pass
print(Sub.m_only, Sub.x, type(Sub).__name__)

print(int.__name__, int.__mro__[0].__name__, bool.__base__.__name__, type(int.__dict__).__name__)
print(hasattr(int, 'mro'), int.mro() == [int, object], type.mro(bool) == [bool, int, object])
try:
    int.mro(5)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__subclasshook__(int) is NotImplemented)
class HasClassVarFunc:
    def plain():
        return 'plain called via class'
print(HasClassVarFunc.plain())
try:
    HasClassVarFunc().plain()
except TypeError as e:
    print(type(e).__name__, e)
