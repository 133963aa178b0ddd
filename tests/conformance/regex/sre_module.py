# The _sre module's functions and constants (what re/_compiler.py and re/_constants.py use).
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
for ch in [ord("a"), ord("Z"), ord("1"), ord("_"), 0xE9, 0xC9, 0x130, 0x212A, 0x3A3, 0x10400, 0x1F600, 0xDF]:
    print(hex(ch), _sre.ascii_iscased(ch), _sre.unicode_iscased(ch), _sre.ascii_tolower(ch), _sre.unicode_tolower(ch))
for bad in ["a", 2**40, None]:
    try:
        _sre.ascii_tolower(bad)
    except Exception as e:
        print(type(e).__name__, e)
p = _sre.compile("a", 32, [16, 97, 1], 0, {}, (None,))
print(type(p).__name__, type(p).__module__, type(p.match("a")).__name__, type(p.scanner("a")).__name__)
print(p.match("a").__class_getitem__(str), type(p)[str])
print(repr(_sre.compile(None, 0, [16, 97, 1], 0, {}, (None,))))
print(_sre.compile(None, 0, [16, 97, 1], 0, {}, (None,)).match(b"a"))
print(_sre.compile(None, 0, [16, 97, 1], 0, {}, (None,)).match("a"))
for bad_code in [[16, -1, 1], [16, 2**32, 1]]:
    try:
        _sre.compile("a", 0, bad_code, 0, {}, (None,))
    except Exception as e:
        print(type(e).__name__, e)
try:
    _sre.template("a", [1])
except TypeError as e:
    print(e)
try:
    _sre.template("a", ["", -1, ""])
except TypeError as e:
    print(e)
try:
    type(p)()
except TypeError as e:
    print(e)
