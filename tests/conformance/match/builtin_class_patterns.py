# Built-in classes match their subject by position: int(x), str(), etc.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"bytes-like {bytes(b)!r}"
        case list([]):
            return "empty list"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case set() | frozenset():
            return f"some set of {len(v)}"
        case complex(real=r):
            return f"complex with real part {r}"
        case None:
            return "None"
        case _:
            return "other " + type(v).__name__
for v in [True, 0, -3, 7, 2.5, "", "hi", b"x", bytearray(b"y"), [], [9, 8],
          (1, 2), (1, 2, 3), {"k": 1}, {1}, frozenset(), 1j, None, range(1)]:
    print(repr(v), "->", kind(v))
class MyInt(int):
    pass
match MyInt(5):
    case int(x):
        print("subclass of int matched, x is", type(x).__name__, x)
match 5:
    case float():
        print("no")
    case int(real=r, imag=i):
        print("keyword patterns on int:", r, i)
try:
    match 1j:
        case complex(c):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
