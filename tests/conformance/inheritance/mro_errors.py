# Inconsistent MRO and other class creation errors.
def t(make):
    try:
        k = make()
        print([c.__name__ for c in k.__mro__])
    except TypeError as e:
        print(type(e).__name__, e)

class A: pass
class B(A): pass
class C(A): pass
class X: pass
class Y: pass

def bad1():
    class D(A, B):
        pass
    return D
t(bad1)

def ok1():
    class D(B, A):
        pass
    return D
t(ok1)

def bad2():
    class P(X, Y): pass
    class Q(Y, X): pass
    class R(P, Q): pass
    return R
t(bad2)

def bad3():
    class D(object, A):
        pass
    return D
t(bad3)

def bad4():
    class BC(B, C): pass
    class CB(C, B): pass
    class Z(BC, CB): pass
    return Z
t(bad4)

def dup():
    class D(B, B):
        pass
    return D
t(dup)
