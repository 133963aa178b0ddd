# CALL forms we do not have (isinstance, tuple(x), a builtin class, CALL_KW), and builtins whose
# form follows CPython's METH_FASTCALL / METH_KEYWORDS flags where ours follows our own arity.
from support.forms import forms, warm


def inst():
    return isinstance(1, int)


def tup():
    return tuple([1])


def cls():
    return int("5")


def builtin_fast():
    return divmod(7, 2)


def builtin_kw():
    return max(1, 2)


def kw():
    return sorted([1], reverse=True)


def one(a, b=0):
    return a


def kw_py():
    return one(1, b=2)


warm(inst)
print("isinstance:", forms(inst, "CALL"))
warm(tup)
print("tuple(x):", forms(tup, "CALL"))
warm(cls)
print("int(x):", forms(cls, "CALL"))
warm(builtin_fast)
print("builtin taking positional arguments:", forms(builtin_fast, "CALL"))
warm(builtin_kw)
print("builtin taking keywords:", forms(builtin_kw, "CALL"))
warm(kw)
print("builtin with keywords:", forms(kw, "CALL_KW"))
warm(kw_py)
print("python with keywords:", forms(kw_py, "CALL_KW"))
