# Metaclass conflicts and derivation of the most derived metaclass.
class M1(type):
    pass
class M2(type):
    pass
class M3(M1):
    pass

class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
class C(metaclass=M3):
    pass

def t(thunk):
    try:
        r = thunk()
        print(r.__name__, type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)

t(lambda: M1('X', (A, B), {}))
def make_ab():
    class AB(A, B):
        pass
    return AB
t(make_ab)
def make_ac():
    class AC(A, C):
        pass
    return AC
t(make_ac)
def make_ca():
    class CA(C, A):
        pass
    return CA
t(make_ca)
def explicit_m1_with_c():
    class X(C, metaclass=M1):
        pass
    return X
t(explicit_m1_with_c)
def explicit_m2_with_a():
    class X(A, metaclass=M2):
        pass
    return X
t(explicit_m2_with_a)
def plain_with_meta_base():
    class X(A):
        pass
    return X
t(plain_with_meta_base)
def type_with_meta_base():
    class X(A, metaclass=type):
        pass
    return X
t(type_with_meta_base)
t(lambda: type('Y', (A,), {}))
t(lambda: type('Y', (A, B), {}))
class M12(M1, M2):
    pass
def resolved():
    class X(A, B, metaclass=M12):
        pass
    return X
t(resolved)
def mixed_instance_base():
    class X(A, int):
        pass
    return X
t(mixed_instance_base)
print([k.__name__ for k in M12.__mro__])
