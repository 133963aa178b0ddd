# Causes each object count of --jit-stats (EndToEndTests.JitStatsCountObjectEvents).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm(p):
    return p.x + p.y


total = 0
for i in range(200):
    total += norm(Point(i, i))          # shape transitions (two per instance)
print(total)

half = 2**62
for i in range(10):
    big = half + half + i               # int64 overflow into a big int, each time
print(big > 2**63)

ints = [1, 2, 3]
ints.append("x")                        # an int list takes a str
floats = [1.5, 2.5]
floats.append(None)                     # a float list takes None
print(len(ints), len(floats))

p = Point(1, 2)
del p.y                                 # the instance moves to a dict
Point.z = 3                             # the class changes: its version is reset
print(norm(Point(3, 4)), p.z)
