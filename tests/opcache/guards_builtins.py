# A builtin patched in the builtins module (not one dis itself uses) under a LOAD_GLOBAL_BUILTIN site, then restored.
import builtins
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)


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
