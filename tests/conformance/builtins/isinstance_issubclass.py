# isinstance/issubclass with tuples, nested tuples, builtin hierarchy, bool/int, errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

class A:
    pass
class B(A):
    pass
class C:
    pass
show("basic", lambda: (isinstance(B(), A), isinstance(A(), B), isinstance(C(), A)))
show("tuple", lambda: (isinstance(1, (str, int)), isinstance(1, (str, float)), isinstance(1, ())))
show("nested tuple", lambda: isinstance("x", (int, (float, (str,)))))
show("bool int", lambda: (isinstance(True, int), issubclass(bool, int), isinstance(1, bool)))
show("object", lambda: (isinstance(None, object), isinstance(int, object), isinstance(int, type), issubclass(type, object)))
show("issubclass self", lambda: (issubclass(A, A), issubclass(B, A), issubclass(A, B), issubclass(B, (C, A))))
show("builtin", lambda: (issubclass(int, object), issubclass(bool, (str, int)), issubclass(dict, object)))
show("exceptions", lambda: (issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception)))
show("union type", lambda: (isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None)))
show("none type", lambda: (isinstance(None, type(None)), isinstance(None, int | None)))
show("bad 2nd arg", lambda: isinstance(1, 5))
show("bad 2nd tuple", lambda: isinstance(1, (int, 5)))
show("bad 2nd tuple after match", lambda: isinstance(1, (int, 5)))
show("bad 2nd tuple before match", lambda: isinstance(1, (5, int)))
show("issubclass non-class", lambda: issubclass(1, int))
show("issubclass bad 2nd", lambda: issubclass(int, 1))
show("issubclass instance 2nd", lambda: issubclass(int, (1,)))
show("no args", lambda: isinstance())
show("type()", lambda: (type(1), type("s"), type(None), type(type), type(A()), type(B()).__name__, type(print).__name__))
show("type is", lambda: (type(True) is bool, type(1) is int, type(B()) is A))
show("mro", lambda: [c.__name__ for c in B.__mro__])
show("__bases__", lambda: (B.__bases__, A.__bases__, bool.__bases__))
show("__subclasses__", lambda: [c.__name__ for c in A.__subclasses__()])
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
show("__instancecheck__", lambda: (isinstance(42, Magic), isinstance(41, Magic), isinstance(Magic(), Magic)))
show("__subclasscheck__", lambda: (issubclass(int, Magic), issubclass(str, Magic)))
show("type 3 args", lambda: (lambda T: (T.__name__, T.x, T.__bases__[0].__name__))(type("T", (A,), {"x": 1})))
show("type bad args", lambda: type("T", 1, {}))
show("type 2 args", lambda: type("T", ()))
