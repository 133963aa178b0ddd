# list comparisons, * repetition (aliasing), + concatenation, in, equality of nested lists.
a = [1, 2, 3]
print(a == [1, 2, 3], a == [1, 2], a < [1, 2, 4], a < [1, 2], a > [1, 2], [] < [0], [0] > [])
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]], [1, 2] == (1, 2), [1.0] == [1])
print([float("nan")] == [float("nan")], [1, "a"] < [1, "b"])
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < None)
except TypeError as e:
    print(type(e).__name__, e)
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
print(a * 0, a * -1, a * 2, 2 * a, [] * 5, [None] * 3, ["x"] * True)
b = a
b *= 2
print(a, a is b)
c = a
c = c + [9]
print(a, c, a is c)
try:
    print(a * 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a + (4,))
except TypeError as e:
    print(type(e).__name__, e)
d = [1]
d += (2, 3)
d += range(2)
d += {"k": 0}
print(d)
try:
    print([0] * (2 ** 62))
except MemoryError as e:
    print(type(e).__name__, e)
try:
    print([0] * (2 ** 100))
except OverflowError as e:
    print(type(e).__name__, e)
print(3 in a, 7 not in a, [2] in [[2]], max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]))
