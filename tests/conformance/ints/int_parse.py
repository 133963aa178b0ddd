# int(str, base): underscores, whitespace, prefixes, signs and the error messages.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

cases = ["0", "-0", "+17", "  42  ", "\t-7\n", "1_000_000", "1__0", "_1", "1_", "0x10", "010", "00",
         "0_0", "", " ", "12a", "1.5", "½", "١٢٣", "१२", "＋５", "9" * 30, "-", "+", "1 2", "0b", "ⅷ"]
for s in cases:
    show("int(%r)" % s, lambda: int(s))
base_cases = [("ff", 16), ("0xff", 16), ("0XFF", 0), ("0o17", 0), ("0b101", 0), ("0b101", 2),
              ("101", 2), ("102", 2), ("z", 36), ("Z", 36), ("10", 36), ("0x_1f", 16), ("0x_1f", 0),
              ("0_x1f", 0), ("017", 0), ("0", 0), ("00", 0), ("0_0", 0), ("10", 1), ("10", 37),
              ("10", -1), ("  -0x1F ", 0), ("1_0", 0), ("0b", 0), ("0o8", 0), ("12", 3), ("g", 16)]
for s, b in base_cases:
    show("int(%r, %d)" % (s, b), lambda: int(s, b))
show("int(b'42')", lambda: int(b"42"))
show("int(b'0x1f', 16)", lambda: int(b"0x1f", 16))
show("int(bytearray(b' 7 '))", lambda: int(bytearray(b" 7 ")))
show("int(12, 10)", lambda: int(12, 10))
show("int()", lambda: int())
show("int(None)", lambda: int(None))
show("int([])", lambda: int([]))
show("int('5', base=8)", lambda: int("5", base=8))
show("int(x='5')", lambda: int(x="5"))
show("int(True)", lambda: int(True))
show("int('1e3')", lambda: int("1e3"))
show("int('\\x00')", lambda: int("\x00"))
show("int('12\\x00')", lambda: int("12\x00"))
show("long msg", lambda: int("x" * 300))
