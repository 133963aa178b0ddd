# FOR_ITER over a range, a list, a tuple; then another iterable at the same loop.
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)


def total(it):
    t = 0
    for x in it:
        t += 1
    return t


def over_range(n):
    for i in range(n):
        pass


warm(over_range, 5)
print("range:", forms(over_range, "FOR_ITER"))
warm(total, [1, 2, 3])
print("list:", forms(total, "FOR_ITER"))
warm(total, (1, 2, 3))
print("tuple after lists:", forms(total, "FOR_ITER"))
warm(total, [1.5, 2.5])
print("list of floats after tuples:", forms(total, "FOR_ITER"))
