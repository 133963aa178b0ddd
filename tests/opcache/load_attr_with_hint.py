# LOAD_ATTR on an instance whose attributes live in a dict (WITH_HINT).
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)

class C:
    pass


o = C()
for i in range(40):
    setattr(o, "a%d" % i, i)


def get(o):
    return o.a7


warm(get, o)
print("dict instance:", forms(get, "LOAD_ATTR"))
