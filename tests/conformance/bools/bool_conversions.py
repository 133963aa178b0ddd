# bool in conversions and formatting: str/repr/int/float/format/%-format/f-strings, dict/set keys.
for b in (True, False):
    print(b, repr(b), str(b), int(b), float(b), complex(b), format(b), format(b, "d"), format(b, ".2f"),
          format(b, ">6"), format(b, "x"), "%s %d %r %f" % (b, b, b, b), f"{b}|{b:d}|{b!r}|{b:5}|{b:<5}|")
print(bool("True"), bool("False"), str(True).lower(), int("1") == True, True == "True")
print([True, False] * 2, (True,) + (False,), {True: 1}[1], {1: "x"}[True], {True, 1, 1.0})
print(sorted([True, False, True]), max(False, True), min([True, 2]), sum([True] * 5))
print(True.__repr__(), True.__str__(), bool.__name__, type(bool()).__name__, bool.__bases__)
print(True.__index__(), (5).__eq__(True), True.__hash__() == 1, True.__bool__(), False.__bool__())
print(isinstance(True, (int, float)), issubclass(bool, object), bool.__mro__[1].__name__)
print(list(map(bool, [0, 1, -1, "", "a", None, [], [None]])))
print(True << 2, False << 2, True >> 1, True * "ab", "ab" * False, [0] * True)
print(True.to_bytes(), False.to_bytes(2, "big"), bool.from_bytes(b"\x00"), bool.from_bytes(b"\x00\x01"))
print(round(True), round(True, 2), abs(True), pow(True, 10), divmod(True, True), True // 2, True % 2)
print(hex(True), bin(False), oct(True), chr(True) == "\x01", ord("\x01") == True)
print(bool.__and__(True, False), bool.__or__(False, False), bool.__xor__(True, True), True.__and__(3), type(True.__and__(3)).__name__)
try:
    bool.__and__(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
