# show_caches: the cache entries dis decodes (names and sizes of CPython 3.14's layout) and the
# counter each specialized instruction holds after warm-up (cooldown: 52 << 4 = 832).
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)


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
