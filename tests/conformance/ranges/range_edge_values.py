# range near the 64-bit limits: len overflow, iteration across 2**63, indexing, reversed, step extremes.
import sys
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

M = sys.maxsize
show("maxsize", lambda: M == 2 ** 63 - 1)
show("len(range(M))", lambda: len(range(M)))
show("len(range(M+1))", lambda: len(range(M + 1)))
show("len(range(-M-1, M))", lambda: len(range(-M - 1, M)))
show("range(-M-1, M)[-1]", lambda: range(-M - 1, M)[-1])
show("cross 2**63", lambda: list(range(2 ** 63 - 2, 2 ** 63 + 2)))
show("cross -2**63", lambda: list(range(-(2 ** 63) + 1, -(2 ** 63) - 3, -1)))
show("reversed cross", lambda: list(reversed(range(2 ** 63 - 2, 2 ** 63 + 2))))
show("step M", lambda: list(range(0, 3 * M, M)))
show("step -M", lambda: list(range(M, -M - 2, -M)))
show("step 2**64", lambda: list(range(0, 2 ** 66, 2 ** 64)))
show("index big", lambda: range(0, 2 ** 70, 3)[2 ** 60])
show("index big neg", lambda: range(0, 2 ** 70, 3)[-(2 ** 60)])
show("index too big", lambda: range(10)[2 ** 70])
show("contains big", lambda: (2 ** 69 in range(0, 2 ** 70, 2 ** 68), 2 ** 69 + 1 in range(0, 2 ** 70, 2 ** 68)))
show("count big", lambda: range(2 ** 70).count(2 ** 69))
show("slice of big", lambda: range(2 ** 70)[2 ** 69::2 ** 67])
show("repr big", lambda: repr(range(-(2 ** 65), 2 ** 65, 2 ** 64)))
show("eq big", lambda: range(0, 2 ** 70, 2 ** 70) == range(0, 1))
show("bool big", lambda: bool(range(2 ** 80, 2 ** 80 + 1)))
show("iter beyond", lambda: next(iter(range(2 ** 80, 2 ** 81))))
show("sum crossing", lambda: sum(range(M - 2, M + 3)))
show("min max big", lambda: (min(range(2 ** 64, 2 ** 64 + 5)), max(range(-(2 ** 64), -(2 ** 64) + 5))))
show("step -1 from 0", lambda: list(range(0, -3, -1)))
show("float step", lambda: range(0, 1, 0.5))
show("bool step", lambda: list(range(0, 3, True)))
