# UNPACK_SEQUENCE: a pair, a longer tuple, a list.
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)


def two(t):
    a, b = t
    return a


def three(t):
    a, b, c = t
    return a


warm(two, (1, 2))
print("two-tuple:", forms(two, "UNPACK_SEQUENCE"))
warm(three, (1, 2, 3))
print("tuple:", forms(three, "UNPACK_SEQUENCE"))
warm(three, [1, 2, 3])
print("list after tuples:", forms(three, "UNPACK_SEQUENCE"))
