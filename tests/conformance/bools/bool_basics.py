# bool is an int subclass: arithmetic, repr, comparisons, and truthiness of builtins.
print(True, False, repr(True), str(False), int(True), float(False), complex(True))
print(True + 1, True * 3, False * 3, True - True, True / True, True // True, True % 2, True ** 10)
print(-True, +True, ~True, ~False, abs(False), -False)
print(type(True + True).__name__, type(True & True).__name__, type(True | 0).__name__, type(~True).__name__)
print(True & False, True | False, True ^ True, False ^ True, type(True ^ False).__name__)
print(isinstance(True, int), issubclass(bool, int), type(True) is bool, bool.__mro__)
print(True == 1, False == 0, True == 1.0, True > False, max(True, 2))
print(sum([True, True, False, True]), sorted([True, False, 2, -1, 0.5]))
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(0j), bool(""), bool(" "), bool([]), bool([0]),
      bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(None), bool(b""), bool(b"\x00"))
print(bool(float("nan")), bool(float("inf")), bool(2 ** 100), bool(-1), bool(object()))
class Truthy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
class SizedBig:
    def __len__(self):
        return 3
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
print(bool(Truthy()), bool(Sized()), bool(SizedBig()), not Sized(), not not SizedBig())
for obj in (BadBool(), BadLen()):
    try:
        bool(obj)
    except Exception as e:
        print(type(e).__name__, e)
try:
    class Sub(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool("False"), bool("0"), bool([False]), True and 5, False or "x", 0 and 1, "" or None)
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate(), type(True.conjugate()).__name__)
print(hash(True), hash(False), {True: "a", 1: "b", 1.0: "c"}, {0, False, 0.0})
print(["no", "yes"][True], "ab"[False], (10, 20)[True])
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(x=1) if False else "kw skipped", True.__and__(1), True.__or__(False), (1).__and__(True))
