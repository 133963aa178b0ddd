# LOAD_ATTR forms we have: instance value, slot, class, module, property, methods, non-descriptor.
import math
from support.forms import forms, warm


class Point:
    scale = 3

    def __init__(self, x):
        self.x = x

    def norm(self):
        return self.x

    @property
    def double(self):
        return self.x * 2


class Slotted:
    __slots__ = ("v",)

    def __init__(self):
        self.v = 5


def instance_value(o):
    return o.x


def slot(o):
    return o.v


def class_attr():
    return Point.scale


def module_attr():
    return math.pi


def prop(o):
    return o.double


def method(o):
    return o.norm()


def nondescriptor(o):
    return o.scale


def builtin_method(lst):
    return lst.copy()


p = Point(1)
warm(instance_value, p)
print("instance value:", forms(instance_value, "LOAD_ATTR"))
warm(slot, Slotted())
print("slot:", forms(slot, "LOAD_ATTR"))
warm(class_attr)
print("class:", forms(class_attr, "LOAD_ATTR"))
warm(module_attr)
print("module:", forms(module_attr, "LOAD_ATTR"))
warm(prop, p)
print("property:", forms(prop, "LOAD_ATTR"))
warm(method, p)
print("method with values:", forms(method, "LOAD_ATTR"))
warm(nondescriptor, p)
print("non-descriptor with values:", forms(nondescriptor, "LOAD_ATTR"))
warm(builtin_method, [1])
print("method, no dict:", forms(builtin_method, "LOAD_ATTR"))
