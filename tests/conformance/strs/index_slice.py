# Indexing and slicing str with steps (incl. negative), bounds, and errors.
s = "abcdefghij"
for i in [0, 1, 9, -1, -10]:
    print(i, s[i])
for bad in [10, -11, 2 ** 63, -(2 ** 100)]:
    try:
        s[bad]
    except IndexError as e:
        print(bad, type(e).__name__, e)
for sl in [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2),
           (1, None, 3), (None, None, -1), (8, 2, -1), (8, 2, -3), (2, 8, -1), (-1, -11, -1),
           (-100, 100, 1), (100, -100, -1), (5, 5, 1), (None, None, 100), (None, None, -100),
           (2 ** 70, None, None), (None, -(2 ** 70), -1)]:
    print(sl, repr(s[slice(*sl)]))
print(s[::-1], s[::2], s[1::2], s[-2::-2], s[3:-3], s[:-20], s[20:])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True], s[None:None:None])
class Idx:
    def __index__(self):
        return 3
print(s[Idx()], s[Idx():5], s[:Idx()])
u = "h\u00e9llo\U0001F600w\u4e16"
print(len(u), [u[i] for i in range(len(u))], u[::-1], u[5], u[-3:], u[1::3])
print("".join(reversed(u)) == u[::-1], u[5:6] == "\U0001F600", ord(u[5]))
