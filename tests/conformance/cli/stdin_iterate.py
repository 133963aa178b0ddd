# stdin: apple 3\nbanana 5\n\ncherry 7\napple 2\n# comment\nbanana x\n
# Iterating over sys.stdin yields lines with their newline.
import sys
totals = {}
errors = []
count = 0
for line in sys.stdin:
    count += 1
    if not line.strip() or line.startswith("#"):
        print("skip", repr(line))
        continue
    name, qty = line.split()
    try:
        totals[name] = totals.get(name, 0) + int(qty)
    except ValueError:
        errors.append((count, line.rstrip("\n")))
print("lines read:", count)
print(totals)
print("errors:", errors)
print(sorted(totals, key=totals.get, reverse=True))
for line in sys.stdin:
    print("never: stdin is exhausted")
print("second loop read nothing")
print(sum(totals.values()), max(totals.values()))
report = [f"{k:>8}: {'#' * v}" for k, v in sorted(totals.items())]
print("\n".join(report))
