# LOAD_SUPER_ATTR: super().attr and super().method().
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)

class A:
    def m(self):
        return 1
    k = 2


class B(A):
    def m(self):
        return super().m()

    def attr(self):
        return super().k


b = B()
warm(b.m)
print("super method:", forms(B.m, "LOAD_SUPER_ATTR"))
warm(b.attr)
print("super attr:", forms(B.attr, "LOAD_SUPER_ATTR"))
