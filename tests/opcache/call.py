# CALL: Python functions, bound methods, builtins, method descriptors, len/type/str, list.append,
# classes with __init__, other callables.
from support.forms import forms, warm


def one(a):
    return a


def with_default(a, b=2):
    return a + b


class K:
    def __init__(self, v):
        self.v = v

    def m(self, a):
        return a


k = K(1)


def py_exact():
    return one(1)


def py_general():
    return with_default(1)


def bound_method():
    return k.m(1)


def builtin_o():
    return abs(-1)


def length():
    return len("abc")


def type_1():
    return type(1)


def str_1():
    return str(1)


def append(lst):
    lst.append(1)


def descriptor_noargs(lst):
    return lst.copy()


def descriptor_o(s):
    return s.startswith("a")


def alloc():
    return K(2)


bm = k.m


def non_py():
    return bm(1)


cases = [("py exact args", py_exact), ("py general", py_general), ("bound method", bound_method),
         ("builtin O", builtin_o), ("len", length),
         ("type(x)", type_1), ("str(x)", str_1), ("alloc and init", alloc)]
for name, f in cases:
    warm(f)
    print(name + ":", forms(f, "CALL"))
warm(append, [])
print("list.append:", forms(append, "CALL"))
warm(descriptor_noargs, [1])
print("method descriptor noargs:", forms(descriptor_noargs, "CALL"))
warm(descriptor_o, "abc")
print("method descriptor O:", forms(descriptor_o, "CALL"))
warm(non_py)
print("bound method object:", forms(non_py, "CALL"))
