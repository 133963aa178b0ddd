# UNPACK_SEQUENCE: a pair, a longer tuple, a list.
from support.forms import forms, warm


def two(t):
    a, b = t
    return a


def three(t):
    a, b, c = t
    return a


warm(two, (1, 2))
print("two-tuple:", forms(two, "UNPACK_SEQUENCE"))
warm(three, (1, 2, 3))
print("tuple:", forms(three, "UNPACK_SEQUENCE"))
warm(three, [1, 2, 3])
print("list after tuples:", forms(three, "UNPACK_SEQUENCE"))
