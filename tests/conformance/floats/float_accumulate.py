# Float accumulation, reductions and conversions in loops: checks repr of intermediate results.
total = 0.0
for i in range(1, 21):
    total += 1.0 / i
    if i % 4 == 0:
        print(i, total, repr(total * 1e10), round(total, 6))
x = 1.0
for i in range(60):
    x /= 3.0
print(x, x * 3 ** 60)
y = 1.0
while y + 1.0 != 1.0:
    y /= 2.0
print("epsilon-ish", y, y * 2)
z = 1.0
count = 0
while z > 0:
    z /= 2
    count += 1
print("underflow after", count)
vals = [i * 0.1 for i in range(11)]
print(vals)
print([round(v, 1) for v in vals], sum(vals), max(vals) - min(vals))
mean = sum(vals) / len(vals)
var = sum((v - mean) ** 2 for v in vals) / len(vals)
print(mean, var, var ** 0.5)
c = 0.0
for v in [1e16, 1.0, -1e16, 1.0]:
    c += v
print(c)
print(float(sum(range(10 ** 6))), 10 ** 6 / 7, 22 / 7 - 3.142857142857143)
temps_c = [-40, 0, 37, 100]
print([t * 9 / 5 + 32 for t in temps_c], [(f - 32) * 5 / 9 for f in (-40.0, 32.0, 98.6, 212.0)])
compound = 1000.0
for year in range(10):
    compound *= 1.05
print(compound, round(compound, 2), f"{compound:.2f}", int(compound))
