# Assigning to __bases__ at runtime changes the MRO of the class and its subclasses.
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
    def only_b(self):
        return 'only B'
class C(A):
    pass
class D(C):
    pass

def mro(k):
    return [c.__name__ for c in k.__mro__]

d = D()
print(d.who(), mro(D))
C.__bases__ = (B,)
print(d.who(), d.only_b(), mro(C), mro(D))
print(isinstance(d, A), isinstance(d, B), issubclass(D, B))
C.__bases__ = (A, B)
print(d.who(), mro(D))
print(sorted(k.__name__ for k in B.__subclasses__()), A.__subclasses__()[0].__name__)

def t(thunk):
    try:
        thunk()
        print('ok')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

t(lambda: setattr(C, '__bases__', ()))
t(lambda: setattr(C, '__bases__', (D,)))
t(lambda: setattr(C, '__bases__', (1,)))
t(lambda: setattr(C, '__bases__', [A]))
t(lambda: setattr(int, '__bases__', (object,)))
t(lambda: delattr(C, '__bases__'))
t(lambda: setattr(C, '__bases__', (A, A)))
print(mro(C))

class X: pass
class Y: pass
class XY(X, Y): pass
class Sub(XY): pass
t(lambda: setattr(XY, '__bases__', (Y, X)))
print(mro(Sub))
class P(X, Y): pass
class Q(Y, X): pass
class Z(P): pass
t(lambda: setattr(Z, '__bases__', (P, Q)))
print(mro(Z))
t(lambda: setattr(D, '__mro__', (D, object)))
