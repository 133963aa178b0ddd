# Bases that cannot be combined or subclassed.
def t(make):
    try:
        k = make()
        print([c.__name__ for c in k.__mro__])
    except TypeError as e:
        print(type(e).__name__, e)

class A: pass
class B(A): pass
class C(A): pass

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
