# A realistic table printed with mixed formatting styles (alignment and rounding consistency).
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 250, 0.0125), ("dates", 0, 12.0),
        ("elderberries", 1234567, 0.001), ("figs", -5, -1.005)]
print("{:<14}|{:>10}|{:>10}|{:>12}".format("name", "qty", "price", "total"))
print("-" * 49)
for name, qty, price in rows:
    total = qty * price
    print("{:<14}|{:>10,}|{:>10.3f}|{:>12.2f}".format(name, qty, price, total))
    print("%-14s|%10d|%10.3f|%12.2f" % (name, qty, price, total))
    print(f"{name:<14}|{qty:>10_}|{price:>10.2e}|{total:>+12.1f}")
print("=" * 49)
total = sum(q * p for _, q, p in rows)
print(f"{'sum':<14}|{'':>10}|{'':>10}|{total:>12.4f}")
print(f"{total:.10g} {total!r} {round(total, 2)} {total:.0%}")
for pct in (0, 0.0049, 0.005, 0.015, 0.125, 1, 12.3456):
    print(f"{pct:7.1%}|{pct:7.0%}|{pct:%}")
for n in (0, 5, 1024, 1048576, 10 ** 12):
    print(f"{n:>16,}|{n:>16_b}" if n < 2 ** 20 else f"{n:>16,}|{n:>#16x}")
money = [0.005, 0.015, 0.025, 1.005, 2.675, 1234567.891]
for m in money:
    print(f"{m:.2f}", "%.2f" % m, "{:.2f}".format(m), round(m, 2), f"{m:,.2f}", f"{m:_.3f}")
