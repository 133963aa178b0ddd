# STORE_ATTR on an instance whose attributes live in a dict (WITH_HINT).
from support.forms import forms, warm


class C:
    pass


o = C()
for i in range(40):
    setattr(o, "a%d" % i, i)


def put(o):
    o.a7 = 1


warm(put, o)
print("dict instance:", forms(put, "STORE_ATTR"))
