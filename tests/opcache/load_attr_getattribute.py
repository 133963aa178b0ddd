# LOAD_ATTR on a class with a Python __getattribute__.
from support.forms import forms, warm


class G:
    def __getattribute__(self, name):
        return 1


def get(o):
    return o.anything


warm(get, G())
print("__getattribute__ overridden:", forms(get, "LOAD_ATTR"))
