# isinstance and issubclass without ABCs.
class A: pass
class B(A): pass
class C(B): pass
class D: pass
class E(C, D): pass

e = E()
print([isinstance(e, k) for k in (A, B, C, D, E, object)])
print(isinstance(B(), C), isinstance(A(), B))
print(isinstance(e, (int, str, D)), isinstance(e, ()), isinstance(e, (int, (str, (A,)))))
print(issubclass(E, A), issubclass(A, E), issubclass(A, A), issubclass(A, object))
print(issubclass(E, (int, D)), issubclass(bool, int), issubclass(int, bool))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, object))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type))

def t(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, (1, int)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(e, A))
t(lambda: isinstance(1, [int]))
t(lambda: isinstance())
t(lambda: isinstance(1, int | str))
t(lambda: issubclass(bool, int | str))
t(lambda: isinstance(None, type(None)))

print(type(e) is E, type(e) == E, type(e) is C)
print(E.__bases__ == (C, D), [k.__name__ for k in E.__bases__])
print(sorted(k.__name__ for k in A.__subclasses__()))
print([k.__name__ for k in C.__subclasses__()], D.__subclasses__()[0].__name__)
print(A.__base__ is object, E.__base__.__name__, object.__base__)

class Fake:
    __class__ = A
f = Fake()
print(isinstance(f, A), isinstance(f, Fake), type(f).__name__)
print(issubclass(Fake, A))
