# STORE_ATTR: an instance attribute (existing and added by __init__), a __slots__ member.
from support.forms import forms, warm


class C:
    def __init__(self, v):
        self.v = v


class S:
    __slots__ = ("v",)


def store(o, v):
    o.v = v


c = C(0)
warm(store, c, 1)
print("instance value:", forms(store, "STORE_ATTR"), c.v)
warm(C, 2)
print("__init__ adding the attribute:", forms(C.__init__, "STORE_ATTR"))


def store_slot(o, v):
    o.v = v


s = S()
warm(store_slot, s, 3)
print("slot:", forms(store_slot, "STORE_ATTR"), s.v)
