# Slicing ranges gives ranges; slice objects and .indices(); big ranges beyond 2**63.
r = range(0, 20, 3)
for sl in [slice(None), slice(2, 5), slice(None, None, -1), slice(1, None, 2), slice(-2, None), slice(5, 1, -2),
           slice(100, 200), slice(None, None, 5), slice(-100, 100, -1), slice(3, 3)]:
    print(sl, r[sl], list(r[sl]))
print(range(10, 0, -2)[::-1], range(10)[::-1][::-1], range(5)[1:][1:][1:])
big = range(2 ** 64)
print(big[-1], big[2 ** 63], 2 ** 63 in big, big[::2 ** 62], big[10:20], big.index(2 ** 60))
try:
    print(len(big))
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(2 ** 62)), range(2 ** 62)[-1], range(-(2 ** 70), 2 ** 70, 2 ** 69)[3])
bigneg = range(2 ** 80, -(2 ** 80), -(2 ** 77))
print(list(bigneg), bigneg[5], -(2 ** 80) + 1 in bigneg, 0 in bigneg)
print(bigneg == range(2 ** 80, -(2 ** 80) + 1, -(2 ** 77)), reversed(bigneg).__next__())
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
print(slice(-100, 100).indices(7), slice(None, None, -2).indices(0), slice(5, 1, -1).indices(3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(0, 1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice("a", 1).indices(5)
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), hash(slice(1, 2)) == hash(slice(1, 2)))
print("abcdefg"[slice(1, None, 2)], [0, 1, 2, 3][slice(-2, None)], (1, 2, 3)[slice(None, None, -1)])
print(slice("a", "b", "c"), slice("a", "b", "c").start, slice([1], None))
