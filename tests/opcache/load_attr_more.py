# LOAD_ATTR forms for objects without inline values: a method of an exception subclass instance
# whose __dict__ does not exist yet (METHOD_LAZY_DICT), a class attribute read through a
# slots-only instance (NONDESCRIPTOR_NO_DICT), and what the sites become when that stops holding.
from support.forms import forms, warm


class E(Exception):
    def describe(self):
        return 1


def call(o):
    return o.describe()


e = E()
warm(call, e)
print("exception subclass method:", forms(call, "LOAD_ATTR"))
e.describe = lambda: 2
warm(call, e)
print("after an instance attribute shadows it:", forms(call, "LOAD_ATTR"))


class S:
    __slots__ = ("x",)
    k = 1


def get(o):
    return o.k


warm(get, S())
print("slots-only instance, class attribute:", forms(get, "LOAD_ATTR"))
S.k = 2
warm(get, S())
print("after the class attribute changes:", forms(get, "LOAD_ATTR"))

