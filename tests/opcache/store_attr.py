# STORE_ATTR: an instance attribute (existing and added by __init__), a __slots__ member.
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)


class C:
    def __init__(self, v):
        self.v = v


class S:
    __slots__ = ("v",)


def store(o, v):
    o.v = v


c = C(0)
warm(store, c, 1)
print("instance value:", forms(store, "STORE_ATTR"), c.v)
warm(C, 2)
print("__init__ adding the attribute:", forms(C.__init__, "STORE_ATTR"))


def store_slot(o, v):
    o.v = v


s = S()
warm(store_slot, s, 3)
print("slot:", forms(store_slot, "STORE_ATTR"), s.v)
