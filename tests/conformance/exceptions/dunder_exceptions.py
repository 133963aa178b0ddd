# Exceptions raised from special methods propagate through the operations that call them.
class Bad:
    def __eq__(self, other):
        raise ValueError("eq failed")
    def __hash__(self):
        return 1
    def __len__(self):
        raise KeyError("len failed")
    def __iter__(self):
        raise TypeError("iter failed")
    def __bool__(self):
        raise RuntimeError("bool failed")
    def __getitem__(self, i):
        raise IndexError("getitem failed")
    def __add__(self, other):
        raise ArithmeticError("add failed")
    def __repr__(self):
        return "Bad()"
b = Bad()
tests = [
    ("list.index", lambda: [1, b].index(b, 0, 1) if False else [1, 2].index(b)),
    ("in list", lambda: b in [1, 2]),
    ("dict lookup", lambda: {Bad(): 1}[b]),
    ("len", lambda: len(b)),
    ("list()", lambda: list(b)),
    ("for", lambda: [x for x in b]),
    ("if", lambda: 1 if b else 2),
    ("not", lambda: not b),
    ("and", lambda: b and 1),
    ("subscript", lambda: b[0]),
    ("add", lambda: b + 1),
    ("radd falls back", lambda: 1 + b),
    ("sum", lambda: sum([b], b)),
    ("str of list", lambda: str([b])),
]
for name, fn in tests:
    try:
        print(name, "->", fn())
    except Exception as e:
        print(name, "raises", type(e).__name__, e)
class BadLenType:
    def __len__(self):
        return "x"
class NegLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1
for obj, op in [(BadLenType(), len), (NegLen(), len), (BadBool(), bool)]:
    try:
        print(op(obj))
    except Exception as e:
        print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
