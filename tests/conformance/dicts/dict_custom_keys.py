# Custom __hash__/__eq__ keys, hash collisions, eq called on collisions, mutable-key pitfalls.
class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return "Key(%s)" % self.name
d = {Key("a", 1): 1, Key("b", 1): 2, Key("c", 2): 3}
print(d, len(d), d[Key("a", 1)], d[Key("b", 1)], Key("b", 2) in d, Key("a", 1) in d)
class AlwaysEq:
    def __repr__(self):
        return "AlwaysEq()"
    def __hash__(self):
        return 0
    def __eq__(self, other):
        return True
print({AlwaysEq(): 1, AlwaysEq(): 2}, {0: "zero"}[AlwaysEq()], AlwaysEq() in {0.0, False} )
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return False
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    {BadHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), {BigHash(): 1} != {})
class RaisingEq:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        raise ValueError("eq failed")
try:
    {5: 1}[RaisingEq()]
except ValueError as e:
    print(type(e).__name__, e)
calls = []
class Counting:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append("hash")
        return hash(self.v)
    def __eq__(self, other):
        calls.append("eq")
        return isinstance(other, Counting) and self.v == other.v
c1 = Counting(1)
m = {c1: "one"}
print(m[c1], calls)
calls.clear()
print(m[Counting(1)], calls)
