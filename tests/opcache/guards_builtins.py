# A builtin patched in the builtins module (not one dis itself uses) under a LOAD_GLOBAL_BUILTIN site, then restored.
import builtins
from support.forms import forms, warm


def size(x):
    return abs(x)


warm(size, -3)
print("before:", forms(size, "LOAD_GLOBAL"), size(-3))
real = builtins.abs
builtins.abs = lambda x: -1
print("patched:", size(-3))
warm(size, -3)
print("after patching:", forms(size, "LOAD_GLOBAL"), size(-3))
builtins.abs = real
warm(size, -3)
print("restored:", forms(size, "LOAD_GLOBAL"), size(-3))
