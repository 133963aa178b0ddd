# FOR_ITER over a range, a list, a tuple; then another iterable at the same loop.
from support.forms import forms, warm


def total(it):
    t = 0
    for x in it:
        t += 1
    return t


def over_range(n):
    for i in range(n):
        pass


warm(over_range, 5)
print("range:", forms(over_range, "FOR_ITER"))
warm(total, [1, 2, 3])
print("list:", forms(total, "FOR_ITER"))
warm(total, (1, 2, 3))
print("tuple after lists:", forms(total, "FOR_ITER"))
warm(total, [1.5, 2.5])
print("list of floats after tuples:", forms(total, "FOR_ITER"))
