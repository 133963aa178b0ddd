# Recursion through __repr__ of a structure that contains itself.
class Pair:
    def __init__(self, name):
        self.name = name
        self.partner = None
    def __repr__(self):
        return f"Pair({self.name}, {self.partner!r})"
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name}, {self.children!r})"
n1 = Node("n1")
n1.children.append(n1)
print("list repr guards the cycle:", repr(n1))
a = Pair("a")
b = Pair("b")
a.partner = b
print(repr(a))
b.partner = a
try:
    repr(a)
except RecursionError as e:
    print(type(e).__name__, "maximum recursion depth exceeded" in str(e))
try:
    print(a)
except RecursionError as e:
    print("print:", type(e).__name__)
try:
    f"{a}"
except RecursionError as e:
    print("f-string:", type(e).__name__)
class SafeNode(Node):
    _active = []
    def __repr__(self):
        if self in SafeNode._active:
            return f"<cycle {self.name}>"
        SafeNode._active.append(self)
        try:
            return f"SafeNode({self.name}, {self.children!r})"
        finally:
            SafeNode._active.pop()
x = SafeNode("x")
y = SafeNode("y")
x.children += [y, y]
y.children.append(x)
print(repr(x))
lst = [1, 2]
lst.append(lst)
print(lst, repr(lst))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
mixed = [{"a": None}]
mixed[0]["a"] = mixed
print(mixed, str(mixed))
class Holder:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "Holder(" + repr(self.items[0]) + ")"
try:
    repr(Holder())
except RecursionError as e:
    print("holder:", type(e).__name__)
