# TO_BOOL: bool, int, None, list, str.
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)


for value in [True, 5, None, [1], "s"]:
    def f(v):
        if v:
            return 1
        return 0
    warm(f, value)
    print(type(value).__name__ + ":", forms(f, "TO_BOOL"))
