# name: chaos
# tags: numeric, float, oop
# size: 300000 iterations of a three-map iterated function system on a 64x64 grid
# description: Chaos game (Sierpinski-style IFS) with a hand-written LCG: small objects, float maths, list indexing.
# result: the number of grid cells hit and a checksum of the hit counts


class Lcg:
    """A 31-bit linear congruential generator, so the result does not depend on `random`."""

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class Affine:
    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


MAPS = [
    (0.33, Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0)),
    (0.66, Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0)),
    (1.00, Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.5)),
]


def chaos_game(iterations, size, seed):
    rng = Lcg(seed)
    grid = [[0] * size for _ in range(size)]
    x, y = 0.1, 0.1
    for _ in range(iterations):
        r = rng.next_float()
        for threshold, f in MAPS:
            if r < threshold:
                x, y = f.apply(x, y)
                break
        col = int(x * size)
        row = int(y * size)
        if 0 <= row < size and 0 <= col < size:
            grid[row][col] += 1
    return grid


ITERATIONS = 300000
SIZE = 64
grid = chaos_game(ITERATIONS, SIZE, 1234)
cells = sum(1 for row in grid for v in row if v)
checksum = 0
for i, row in enumerate(grid):
    for j, v in enumerate(row):
        checksum = (checksum * 31 + v * (i + 1) + j) % 1000000007
print(f"chaos {ITERATIONS}: cells {cells}, checksum {checksum}")
