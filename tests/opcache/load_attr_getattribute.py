# LOAD_ATTR on a class with a Python __getattribute__.
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)

class G:
    def __getattribute__(self, name):
        return 1


def get(o):
    return o.anything


warm(get, G())
print("__getattribute__ overridden:", forms(get, "LOAD_ATTR"))
