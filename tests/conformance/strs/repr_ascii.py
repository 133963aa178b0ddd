# repr() and ascii() escape rules: quotes, control characters, non-printables, non-ASCII.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nret\r", "\x00\x01\x1f\x7f",
           "\x80\x9f\xa0\xad", "café", "\u200b\u2028\u2029", "\ufeff", "\U0001F600", "\U000E0001",
           "back\\slash", "\x1b[0m", "\u0378", "\ud800", "ǅ", "日本語", "\x0b\x0c", "'", '"', "'\"", ""]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a'", 'b"', "\n"]), ascii({"é": "\u4e16"}))
print(str("x\ty"), str(repr("x\ty")), repr(repr("q")))
print(ascii(1), ascii(b"\xff"), ascii([1, "é"]), ascii(None))
class R:
    def __repr__(self):
        return "R<é>"
print(repr(R()), ascii(R()), str(R()), [R()], f"{R()!a}")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
