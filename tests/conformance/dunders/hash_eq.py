# __eq__ without __hash__ makes a class unhashable; __hash__ = None.
def t(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
t(lambda: hash(EqOnly()))
t(lambda: {EqOnly()})
t(lambda: {EqOnly(): 1})
t(lambda: EqOnly() in {1: 2})

class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Both) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(len({Both(1), Both(1), Both(2)}), hash(Both(5)) == hash(5))
d = {Both('k'): 'value'}
print(d[Both('k')])

class Explicit:
    __hash__ = None
t(lambda: hash(Explicit()))
print(Explicit() == Explicit())

class Parent:
    def __hash__(self):
        return 42
class ChildEq(Parent):
    def __eq__(self, other):
        return False
t(lambda: hash(Parent()))
t(lambda: hash(ChildEq()))
class ChildKeeps(Parent):
    def __eq__(self, other):
        return False
    __hash__ = Parent.__hash__
t(lambda: hash(ChildKeeps()))

class BadHash:
    def __hash__(self):
        return 'str'
t(lambda: hash(BadHash()))
class FloatHash:
    def __hash__(self):
        return 1.5
t(lambda: hash(FloatHash()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
t(lambda: hash(BigHash()) == hash(2 ** 100))
class MinusOne:
    def __hash__(self):
        return -1
t(lambda: hash(MinusOne()))
class BoolHash:
    def __hash__(self):
        return True
t(lambda: hash(BoolHash()))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash((1, [2])))
t(lambda: hash(frozenset([1])) == hash(frozenset([1])))
t(lambda: (hash(1), hash(1.0), hash(True), hash(-1), hash(-2), hash(0.5)))
t(lambda: hash(2 ** 61 - 1) == 0 and hash(2 ** 61) == 1)
t(lambda: {1: 'int', 1.0: 'float', True: 'bool'})
class Mutable(list):
    pass
t(lambda: hash(Mutable()))
class HashableList(list):
    def __hash__(self):
        return 7
t(lambda: hash(HashableList([1])))
