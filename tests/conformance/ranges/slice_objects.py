# slice objects with custom __getitem__, __index__ bounds, negative steps and slice repr.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1:2], s[::], s[:], s[1:2:3], s[::-1], s[1:], s[:5], s[1, 2], s[1:2, 3], s[...], s[:, None])
print(type(s[1:2]).__name__, s["a":"b"], s[1.5:2.5], s[None:None:None])
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[Idx(2):Idx(8):Idx(2)], "abcdef"[Idx(-3):], (0, 1, 2, 3)[:Idx(2)])
try:
    lst[1.0:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst["a":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[::0]
except ValueError as e:
    print(type(e).__name__, e)
sl = slice(2, -2)
print(lst[sl], "hello world"[sl], tuple(range(6))[sl], range(10)[sl], b"bytes!"[sl])
print(slice(1, 5, 2).indices(3), slice(-1, -5, -1).indices(3), slice(None, 2).indices(10))
for length in (0, 1, 5, 10):
    print(length, [slice(a, b, c).indices(length) for a, b, c in [(None, None, None), (-1, None, -1), (2, -2, 1), (10, -10, -3)]])
class Sl:
    def __len__(self):
        return 10
    def __getitem__(self, k):
        if isinstance(k, slice):
            return list(range(*k.indices(len(self))))
        return k * 10
o = Sl()
print(o[2:5], o[::-3], o[-2:], o[3], o[-1])
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {slice(1): 1}
    print("slice hashable")
except TypeError as e:
    print(type(e).__name__, e)
