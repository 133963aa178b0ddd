# Recursion through __eq__ and through comparing self-containing containers.
class Link:
    def __init__(self, value):
        self.value = value
        self.next = None
    def __eq__(self, other):
        return isinstance(other, Link) and self.value == other.value and self.next == other.next
    __hash__ = None
a, b = Link(1), Link(1)
a.next, b.next = Link(2), Link(2)
print(a == b, a != b)
a.next.next = a
b.next.next = b
try:
    a == b
except RecursionError as e:
    print(type(e).__name__, "maximum recursion depth exceeded" in str(e))
print("identity shortcut in list:", [a] == [a])
x = []
x.append(x)
y = []
y.append(y)
print(x == x)
try:
    print(x == y)
except RecursionError as e:
    print("lists:", type(e).__name__)
try:
    print(x < y)
except RecursionError as e:
    print("lists <:", type(e).__name__)
d1, d2 = {}, {}
d1["k"] = d1
d2["k"] = d2
try:
    d1 == d2
except RecursionError as e:
    print("dicts:", type(e).__name__)
class AlwaysDefer:
    def __eq__(self, other):
        return other == self
try:
    AlwaysDefer() == 1
    print("int handles it")
except RecursionError:
    print("recursed")
try:
    AlwaysDefer() == AlwaysDefer()
except RecursionError as e:
    print("defer:", type(e).__name__)
print([1, [2, [3]]] == [1, [2, [3]]])
print(a in [a])
