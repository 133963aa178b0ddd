# LOAD_GLOBAL: module and builtin forms; a global that starts shadowing a builtin re-specializes.
from support.forms import forms, warm


g = 1


def read_both():
    return g + len("ab")


warm(read_both)
print("module, builtin:", forms(read_both, "LOAD_GLOBAL"))

g = 2  # rebinding keeps the keys version: still specialized
warm(read_both)
print("after rebinding:", forms(read_both, "LOAD_GLOBAL"))


def shadowed():
    return len


warm(shadowed)
print("builtin:", forms(shadowed, "LOAD_GLOBAL"))
len = lambda x: 0  # noqa: E731 (a new key in globals)
warm(shadowed)
print("shadowed by a global:", forms(shadowed, "LOAD_GLOBAL"))
del len
warm(shadowed)
print("unshadowed:", forms(shadowed, "LOAD_GLOBAL"))
