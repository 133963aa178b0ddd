# Shortest-repr round trip over many deterministic pseudo-random floats (LCG over bit patterns).
import math
state = 12345
def rand64():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
bad = 0
lines = []
for i in range(3000):
    bits = rand64()
    mant = bits & (2 ** 52 - 1)
    exp = (bits >> 52) % 2046 + 1
    sign = -1.0 if bits >> 63 else 1.0
    x = sign * math.ldexp(1.0 + mant / 2 ** 52, exp - 1023)
    r = repr(x)
    if float(r) != x:
        bad += 1
    if i % 150 == 0:
        lines.append(r)
print(bad)
print("\n".join(lines))
vals = []
for i in range(1, 400):
    vals.append(repr(i / 7))
    vals.append(repr(i * 1.1))
    vals.append(repr(1.0 / (i * i)))
print(len(vals), sum(len(v) for v in vals), vals[::53])
subnormals = [repr(5e-324 * k) for k in (1, 2, 3, 10, 1000, 2 ** 51, 2 ** 52 - 1)]
print(subnormals)
print([repr(2.0 ** e) for e in range(-10, 70, 7)])
print([repr(10.0 ** e) for e in range(-8, 25, 3)])
print([str(x) for x in (1e15, 1e16, 1.5e16, 123456789012345.6, 0.0001, 0.00001)])
