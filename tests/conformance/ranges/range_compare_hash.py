# range equality by sequence, hashing, as dict keys, bool, repr of various ranges, count/index.
rs = [range(0), range(1, 1), range(5), range(0, 5), range(0, 5, 1), range(0, 6, 2), range(0, 5, 2),
      range(10, 0, -2), range(10, 1, -2), range(3, 4, 10), range(3, 4)]
for a in rs:
    print(repr(a), [rs.index(b) for b in rs if a == b], hash(a) == hash(tuple(a)) if False else len(a))
print(range(0) == range(2, 2, 7), hash(range(0)) == hash(range(9, 3)), range(1, 2, 3) == range(1, 3, 4))
d = {range(3): "a"}
print(d[range(0, 3)], range(0, 3, 1) in d, range(3, 0, -1) in d)
print(repr(range(-5, -1)), repr(range(0, -5, -1)), repr(range(2 ** 70)), str(range(1, 9, 2)))
print(range(0, 30, 3).index(27), range(30, 0, -3).index(3), range(5).count(4), range(5).count("4"))
try:
    range(0, 30, 3).index(28)
except ValueError as e:
    print(type(e).__name__, e)
print(range(5) != range(6), range(5) != [0, 1, 2, 3, 4], list(range(5)) == [0, 1, 2, 3, 4])
class I:
    def __index__(self):
        return 2
print(range(I(), 10, I()), list(range(I())), I() in range(5), 2 in range(I(), 3))
print(range(10)[2:8:3] == range(2, 8, 3), range(10)[::-1] == range(9, -1, -1))
big = range(0, 10 ** 30, 10 ** 28)
print(len(big), big[-1], 10 ** 29 in big, 10 ** 29 + 1 in big, big.index(5 * 10 ** 28), big[::-25])
