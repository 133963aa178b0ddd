# LOAD_ATTR on an instance whose attributes live in a dict (WITH_HINT).
from support.forms import forms, warm


class C:
    pass


o = C()
for i in range(40):
    setattr(o, "a%d" % i, i)


def get(o):
    return o.a7


warm(get, o)
print("dict instance:", forms(get, "LOAD_ATTR"))
