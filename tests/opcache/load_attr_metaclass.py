# LOAD_ATTR of a class attribute when the class has a metaclass.
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)

class Meta(type):
    pass


class C(metaclass=Meta):
    k = 1


def get():
    return C.k


warm(get)
print("class with a metaclass:", forms(get, "LOAD_ATTR"))
