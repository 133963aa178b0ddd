# Recursion through methods: a visitor over a small AST, and recursive __getitem__/__len__.
class Node:
    def accept(self, visitor):
        return getattr(visitor, "visit_" + type(self).__name__)(self)
class Num(Node):
    def __init__(self, v):
        self.v = v
class Add(Node):
    def __init__(self, *items):
        self.items = items
class Mul(Node):
    def __init__(self, a, b):
        self.a, self.b = a, b
class Evaluator:
    def visit_Num(self, n):
        return n.v
    def visit_Add(self, n):
        return sum(i.accept(self) for i in n.items)
    def visit_Mul(self, n):
        return n.a.accept(self) * n.b.accept(self)
class Printer:
    def visit_Num(self, n):
        return str(n.v)
    def visit_Add(self, n):
        return "(" + " + ".join(i.accept(self) for i in n.items) + ")"
    def visit_Mul(self, n):
        return f"{n.a.accept(self)} * {n.b.accept(self)}"
tree = Add(Num(1), Mul(Num(2), Add(Num(3), Num(4))), Num(5))
print(tree.accept(Printer()), "=", tree.accept(Evaluator()))
class Incomplete:
    def visit_Num(self, n):
        return n.v
try:
    tree.accept(Incomplete())
except AttributeError as e:
    print(type(e).__name__, e)
class Cons:
    def __init__(self, head, tail=None):
        self.head, self.tail = head, tail
    def __len__(self):
        return 1 + (len(self.tail) if self.tail is not None else 0)
    def __getitem__(self, i):
        if i == 0:
            return self.head
        if self.tail is None:
            raise IndexError("Cons index out of range")
        return self.tail[i - 1]
    def __repr__(self):
        return f"Cons({self.head!r}, {self.tail!r})"
lst = None
for v in reversed(range(5)):
    lst = Cons(v, lst)
print(len(lst), lst[3], list(lst), lst)
try:
    lst[10]
except IndexError as e:
    print(type(e).__name__, e)
long = None
for v in range(300):
    long = Cons(v, long)
print(len(long), long[299])
loop = Cons(1)
loop.tail = loop
try:
    len(loop)
except RecursionError as e:
    print("cyclic len:", type(e).__name__)
