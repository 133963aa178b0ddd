# Truth values of built-in and user objects, and how if/while use them.
values = [0, 1, -1, 0.0, 0.5, 0j, 1j, "", " ", "0", b"", b"\x00", [], [0], (), ((),),
          {}, {0: 0}, set(), {0}, range(0), range(1), None, True, False, float("nan")]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBoolAndLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(WithLen(0)), bool(WithLen(3)), bool(WithBoolAndLen()))
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class BoolNone:
    def __bool__(self):
        return None
try:
    if BoolNone():
        pass
except TypeError as e:
    print(type(e).__name__, e)
n = WithLen(3)
count = 0
while n:
    n.n -= 1
    count += 1
print("looped", count)
print(bool(), bool([]) is False, int(True) + True, True * 3, False - 1)
print(isinstance(True, int), True == 1, hash(True) == hash(1), {True: "a", 1: "b"})
