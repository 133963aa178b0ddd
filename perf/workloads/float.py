# name: float
# tags: numeric, float, oop
# size: 200000 points, created, normalized and reduced to their maximum
# description: Float arithmetic on small objects (allocation, attribute stores, math.sin/cos/sqrt).
# result: the maximum point, to 9 decimals

from math import cos, sin, sqrt


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


POINTS = 200000
m = benchmark(POINTS)
print(f"float {POINTS}: {m.x:.9f} {m.y:.9f} {m.z:.9f}")
