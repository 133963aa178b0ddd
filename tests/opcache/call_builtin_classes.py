# CALL_ISINSTANCE, CALL_TUPLE_1 and CALL_BUILTIN_CLASS (the builtin classes with a vectorcall entry),
# and what a site shows after its callable changes.
from support.forms import forms, warm


def inst(x):
    return isinstance(x, int)


def tup():
    return tuple([1, 2])


L = [3, 1, 2]


def classes():
    return (list(L), dict(a=1), set(L), frozenset(L), str(), range(3), enumerate(L), map(abs, L),
            filter(None, L), reversed(L), float("1.5"), bool(1), int("7"), tuple())


def other_classes():
    return zip(L, L), bytes(2), object(), slice(1), complex(1, 2), bytearray(1)


warm(inst, 1)
print("isinstance:", forms(inst, "CALL"))
warm(tup)
print("tuple(x):", forms(tup, "CALL"))
warm(classes)
print("builtin classes:", forms(classes, "CALL"))
warm(other_classes)
print("other classes:", forms(other_classes, "CALL"))

# isinstance rebound in the globals: the cached builtin no longer matches, the site re-specializes.
isinstance = lambda x, t: "mine"
print(inst(2))
warm(inst, 1)
print("after rebinding:", forms(inst, "CALL"))
