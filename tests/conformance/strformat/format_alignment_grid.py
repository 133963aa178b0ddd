# Alignment and fill combinations over several value types, printed as a grid.
values = [0, -7, 42.5, -0.001, "txt", True, 1 + 1j]
aligns = ["<", ">", "^", "="]
fills = ["", "*", "0", "\u00b7"]
for v in values:
    row = []
    for fill in fills:
        for a in aligns:
            spec = fill + a + "8"
            try:
                row.append(format(v, spec))
            except (ValueError, TypeError) as e:
                row.append("!" + type(e).__name__)
    print(repr(v), row)
for v in (12345, -12345, 1234.5, -0.5):
    print(repr(v), [format(v, s) for s in ("+010,", "-010_", " 010.1f", "=+12,.2f", "0=12", "^+12", "*=+12")])
for width in (0, 1, 3, 6):
    print(width, [format(v, "^%d" % width) for v in (7, "ab", 2.5)], [format(v, ">%d.1" % width) for v in ("abc", 2.25)])
header = ["left", "center", "right"]
print("|".join(format(h, a + "10") for h, a in zip(header, "<^>")))
print("|".join(format(h, "=^10") for h in header))
for v in (1, 22, 333):
    print("{:<10}|{:^10}|{:>10}".format(v, v * 2, v * 3))
