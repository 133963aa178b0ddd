# TO_BOOL of an instance of a class without __bool__ or __len__.
from support.forms import forms, warm


class C:
    pass


def f(v):
    if v:
        return 1
    return 0


warm(f, C())
print("plain instance:", forms(f, "TO_BOOL"))
