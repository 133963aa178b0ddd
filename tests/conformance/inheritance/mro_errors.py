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

def layout():
    class D(int, str):
        pass
    return D
t(layout)

def layout2():
    class D(list, dict):
        pass
    return D
t(layout2)

def final_base():
    class D(bool):
        pass
    return D
t(final_base)
t(lambda: type('R', (type(None),), {}))
t(lambda: type('R', (range,), {}))
t(lambda: type('R', (type(len),), {}))

def not_a_class():
    class D(5):
        pass
    return D
t(not_a_class)
def none_base():
    class D(None):
        pass
    return D
t(none_base)
def func_base():
    class D(len):
        pass
    return D
t(func_base)
t(lambda: type('OK', (B, C), {}))
