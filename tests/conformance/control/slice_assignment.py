# Slice assignment, extended slices and their errors.
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[:0] = [-1]
print(lst)
lst[len(lst):] = [100, 101]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
lst[1:3] = []
print(lst)
lst[:] = "xyz"
print(lst)
lst[5:100] = [1]
print(lst)
lst[-1:] = (7, 8)
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[::0]
except ValueError as e:
    print(type(e).__name__, e)
nums = list(range(8))
print(nums[::-1], nums[5:1:-2], nums[-3:], nums[:-3], nums[100:], nums[-100:2])
nums[::-2] = "abcd"
print(nums)
del nums[1::3]
print(nums)
b = bytearray(b"hello")
b[0:1] = b"J"
b[-1:] = b"y!"
print(b)
s = "immutable"
try:
    s[0:1] = "I"
except TypeError as e:
    print(type(e).__name__, e)
t = (1, 2, 3)
print(t[::-1], t[1:], "abcdef"[1:5:2], "abc"[::-1], range(10)[2:8:3])
a = [1, 2, 3]
b = a[:]
b[0] = "copy"
print(a, b)
a[1:2] = a
print(a)
class Slicer:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("  setitem", key, value)
s = Slicer()
print(s[1:2], s[::3], s[1:2, 3], s[...], s[:, None])
s[1:5:2] = "v"
