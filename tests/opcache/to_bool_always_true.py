# TO_BOOL of an instance of a class without __bool__ or __len__.
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


def f(v):
    if v:
        return 1
    return 0


warm(f, C())
print("plain instance:", forms(f, "TO_BOOL"))
