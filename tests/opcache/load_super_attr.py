# LOAD_SUPER_ATTR: super().attr and super().method().
from support.forms import forms, warm


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
