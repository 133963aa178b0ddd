# STORE_SUBSCR: a list with an int index, a dict.
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)


def put(c, k, v):
    c[k] = v


def put_list(c, k, v):
    c[k] = v


warm(put_list, [0, 0], 1, "x")
print("list:", forms(put_list, "STORE_SUBSCR"))
warm(put, {}, "k", 1)
print("dict:", forms(put, "STORE_SUBSCR"))
