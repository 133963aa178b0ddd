# int(float) truncation, int of inf/nan, round() of ints and floats to ints.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

for v in [0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 2.5, 1e15 + 0.5, 1e16, 1.7976931348623157e308, 5e-324, -2.0 ** 63, 2.0 ** 64]:
    show("int(%r)" % v, lambda: int(v))
show("int(inf)", lambda: int(float("inf")))
show("int(-inf)", lambda: int(float("-inf")))
show("int(nan)", lambda: int(float("nan")))
show("round(inf)", lambda: round(float("inf")))
show("round(nan)", lambda: round(float("nan")))
show("round(inf, 2)", lambda: round(float("inf"), 2))
show("floor inf", lambda: float("inf").__floor__())
show("ceil nan", lambda: float("nan").__ceil__())
show("trunc -inf", lambda: float("-inf").__trunc__())
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.49999, 1e300, -7.5]:
    show("round(%r)" % v, lambda: round(v))
for n, d in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (5, -1), (15, -1), (25, -1),
             (-15, -1), (12345, 0), (12345, 3), (999, -3), (499, -3), (500, -3), (1500, -3),
             (2 ** 70, -5), (-(2 ** 70) - 50, -2), (7, -100)]:
    show("round(%d, %d)" % (n, d), lambda: round(n, d))
show("round(5, None)", lambda: round(5, None))
show("round(5, 1.0)", lambda: round(5, 1.0))
show("round('5')", lambda: round("5"))
show("type round(2.5)", lambda: type(round(2.5)).__name__)
show("type round(2.5, 0)", lambda: type(round(2.5, 0)).__name__)
show("type round(True)", lambda: type(round(True)).__name__)
show("round(True, -1)", lambda: round(True, -1))
