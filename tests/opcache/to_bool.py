# TO_BOOL: bool, int, None, list, str.
from support.forms import forms, warm


for value in [True, 5, None, [1], "s"]:
    def f(v):
        if v:
            return 1
        return 0
    warm(f, value)
    print(type(value).__name__ + ":", forms(f, "TO_BOOL"))
