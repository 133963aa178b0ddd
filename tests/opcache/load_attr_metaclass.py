# LOAD_ATTR of a class attribute when the class has a metaclass.
from support.forms import forms, warm


class Meta(type):
    pass


class C(metaclass=Meta):
    k = 1


def get():
    return C.k


warm(get)
print("class with a metaclass:", forms(get, "LOAD_ATTR"))
