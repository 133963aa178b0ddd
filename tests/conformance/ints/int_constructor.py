# int() with __int__, __index__, __trunc__-less classes, subclasses and bool-ness.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 9
class BadInt:
    def __int__(self):
        return "x"
class BoolInt:
    def __int__(self):
        return True
class MyInt(int):
    pass
class Neither:
    pass
show("WithInt", lambda: int(WithInt()))
show("WithIndex", lambda: int(WithIndex()))
show("BadInt", lambda: int(BadInt()))
show("Neither", lambda: int(Neither()))
show("MyInt(5)", lambda: MyInt(5))
show("MyInt('12', 8)", lambda: MyInt("12", 8))
show("type MyInt+1", lambda: type(MyInt(5) + 1).__name__)
show("int(MyInt)", lambda: type(int(MyInt(5))).__name__)
show("MyInt repr", lambda: repr(MyInt(-3)))
show("isinstance", lambda: isinstance(MyInt(1), int))
show("int(3.9)", lambda: int(3.9))
show("int(-3.9)", lambda: int(-3.9))
show("int('3.9')", lambda: int("3.9"))
show("int(WithIndex(), 10)", lambda: int(WithIndex(), 10))
show("int('10', WithIndex())", lambda: int("10", WithIndex()))
show("int(complex)", lambda: int(1 + 2j))
show("bool(0)", lambda: bool(0))
show("bool(-1)", lambda: bool(-1))
show("bool(2**100)", lambda: bool(2 ** 100))
show("[1,2][WithIndex()-ish]", lambda: [10, 20, 30][True])
show("range(WithIndex())", lambda: list(range(WithIndex()))[-1])
show("'ab' * WithIndex()", lambda: len("ab" * WithIndex()))
show("'ab' * WithInt()", lambda: "ab" * WithInt())
show("[1][1.0]", lambda: [1][float(1)])
show("int.__new__", lambda: int.__new__(MyInt, 4))
show("int('  +0b1', 0)", lambda: int("  +0b1", 0))
show("MyInt == 5", lambda: MyInt(5) == 5)
show("hash MyInt", lambda: hash(MyInt(5)) == hash(5))
