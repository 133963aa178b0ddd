import random, struct
r = random.Random(5)
vals = [0.125, 0.375, 2.5, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 123456.789, 0.1, 1/3, 2**-30, 2**52+0.5, 9.995, 1.005, 0.0005, 1e-7, 12345678901234567890.0]
for _ in range(3000):
    vals.append(struct.unpack('d', struct.pack('Q', r.getrandbits(64)))[0])
    vals.append(r.uniform(-1e6, 1e6))
    vals.append(r.random() * 10 ** r.randint(-20, 25))
out = []
for v in vals:
    if v != v or v in (float('inf'), float('-inf')): continue
    for p in (0, 1, 2, 3, 6, 10, 17, 19, 20, 25):
        out.append(f"{v:.{p}f}")
    out.append("%.3f|%10.2f|%-8.1f|%.0f" % (v, v, v, v))
    out.append(format(v, ",.2f"))
import hashlib
print(len(out), hashlib.sha256("\n".join(out).encode()).hexdigest())
print(out[:40])
