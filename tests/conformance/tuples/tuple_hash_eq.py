# Tuples as dict keys and set members; hash of tuples equals for equal tuples; unhashable contents.
d = {(1, 2): "a", (1, 2.0): "b", ("x",): "c", (): "empty", ((1,), (2,)): "nested"}
print(d, len(d), d[(1, 2)], d[()], d[((1,), (2,))])
print(hash((1, 2)) == hash((1, 2.0)), hash((1, 2)) == hash((1, True + 1)), hash(()) == hash(tuple()))
print(hash((1, "a", None, 2.5, (3,))) == hash((1, "a", None, 2.5, (3,))))
s = {(0, 0), (0, 0.0), (1, 0), (0, 1), (False, 0)}
print(sorted(s), len(s))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {}): 1}
except TypeError as e:
    print(type(e).__name__, e)
grid = {}
for x in range(3):
    for y in range(3):
        grid[x, y] = x * 3 + y
print(grid[1, 2], grid[(2, 0)], (1, 1) in grid, (5, 5) in grid, sorted(grid)[:4])
print(tuple(sorted({(2, "b"), (1, "z"), (1, "a")})))
big = tuple(range(1000))
print(hash(big) == hash(tuple(range(1000))), big[500], len(big), big[-3:], big.count(7), big.index(999))
print(hash((1, 2)), hash((-1, -2)), hash(()), hash((0,)), hash(((),)), hash((1.5, -2 ** 70)))
print(hash((True, False)), hash((None,)) == hash((None,)), hash((2 ** 61 - 1, 2 ** 61)))
