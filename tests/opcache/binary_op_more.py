# BINARY_OP forms: in-place str add, list slice, __getitem__ of a Python class.
from support.forms import forms, warm


def inplace():
    s = ""
    for i in range(3):
        s += "x"
    return s


class Seq:
    def __getitem__(self, i):
        return i


def slice_(lst):
    return lst[1:2]


def getitem(o):
    return o[1]


warm(inplace)
print("in-place str add:", forms(inplace, "BINARY_OP"))
warm(slice_, [1, 2, 3])
print("list slice:", forms(slice_, "BINARY_OP"))
warm(getitem, Seq())
print("__getitem__:", forms(getitem, "BINARY_OP"))
