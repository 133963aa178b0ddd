# Guards that fail on values rather than types: an index out of range, a missing dict key,
# an unpack of the wrong length; the sites stay specialized and the errors are CPython's.
from support.forms import forms, warm


def item(c, i):
    return c[i]


def unpack(t):
    a, b = t
    return a


warm(item, [1, 2, 3], 0)
for c, i in [([1, 2, 3], 5), ({1: 2}, 3)]:
    try:
        item(c, i)
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("list subscript after misses:", forms(item, "BINARY_OP"))
warm(unpack, (1, 2))
try:
    unpack((1, 2, 3))
except ValueError as e:
    print("ValueError", e)
print("unpack after a miss:", forms(unpack, "UNPACK_SEQUENCE"))
