# show_caches: the cache entries dis decodes (names and sizes of CPython 3.14's layout) and the
# counter each specialized instruction holds after warm-up (cooldown: 52 << 4 = 832).
import dis
from support.forms import forms, warm


class P:
    def __init__(self):
        self.x = 1


def f(o, n):
    t = 0
    for i in range(n):
        t = t + o.x
    return t


p = P()
warm(f, p, 3)
for ins in dis.get_instructions(f, adaptive=True, show_caches=True):
    if ins.opname in ("LOAD_ATTR_INSTANCE_VALUE", "BINARY_OP_ADD_INT", "FOR_ITER_RANGE", "LOAD_GLOBAL_BUILTIN"):
        entries = [(name, size) for name, size, data in ins.cache_info]
        counter = int.from_bytes(ins.cache_info[0][2], "little")
        print(ins.opname, entries, "counter", counter)

# LOAD_GLOBAL's entries hold CPython's _PyLoadGlobalCache: module_keys_version, builtin_keys_version,
# index (dis.py labels the three units index, module_keys_version, builtin_keys_version).
import builtins

g = 5


def h():
    return g + len("")


warm(h)
for ins in dis.get_instructions(h, adaptive=True, show_caches=True):
    if ins.opname.startswith("LOAD_GLOBAL_"):
        units = [int.from_bytes(data, "little") for name, size, data in ins.cache_info[1:]]
        where = globals() if ins.opname == "LOAD_GLOBAL_MODULE" else builtins.__dict__
        print(ins.opname, "keys versions set:", units[0] != 0, ins.opname == "LOAD_GLOBAL_MODULE" or units[1] != 0,
              "index is the entry's:", units[2] == list(where).index(ins.argval))

# LOAD_ATTR_MODULE: the module dict's keys version (dis: version), then the entry's index
# (dis: the first unit of keys_version).
import textwrap


def m():
    return textwrap.dedent


warm(m)
for ins in dis.get_instructions(m, adaptive=True, show_caches=True):
    if ins.opname == "LOAD_ATTR_MODULE":
        units = [int.from_bytes(data, "little") for name, size, data in ins.cache_info]
        print(ins.opname, "keys version set:", units[1] != 0,
              "index is the entry's:", units[2] & 0xFFFF == list(vars(textwrap)).index("dedent"))
