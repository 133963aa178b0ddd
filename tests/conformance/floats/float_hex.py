# float.hex and float.fromhex: forms, rounding, errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.0, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 1 / 3, 255.0, 1024.5]:
    show("hex(%r)" % v, lambda: v.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1p-1", "0X1.FFFFFFFFFFFFFp1023", "0x1p1024", "0x1p-1074",
          "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "1", "1.5", "-0x0p0", "  0x1.0p+2  ", "0x.8",
          "0x1.", "0x", "inf", "-Infinity", "nan", "0x1p", "0xg", "", "0x1.1.1", "ff", "0x1_0p0",
          "0x10000000000000000000p-80", "0x1.0000000000000801p0", "0x1.00000000000008p0"]:
    show("fromhex(%r)" % s, lambda: float.fromhex(s))
show("fromhex(1)", lambda: float.fromhex(1))
show("roundtrip", lambda: all(float.fromhex(x.hex()) == x for x in [0.1 * i for i in range(100)]))
class F(float):
    pass
show("F.fromhex", lambda: type(F.fromhex("0x1p3")).__name__)
show("F.fromhex val", lambda: F.fromhex("0x1p3"))
