# yield from works with any iterable, and a chain of delegation collapses values.
def from_all():
    yield from [1, 2]
    yield from (3, 4)
    yield from "ab"
    yield from range(5, 7)
    yield from {"k": 1}
    yield from {8}
    yield from b"\x09"
    yield from iter([10])
print(list(from_all()))
class Iterable:
    def __iter__(self):
        return iter(["x", "y"])
class Sequence:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
def custom():
    yield from Iterable()
    yield from Sequence()
print(list(custom()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[[]]], 6])))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
def chained(n):
    if n:
        yield n
        yield from chained(n - 1)
print(list(chained(5)))
def retval():
    x = yield from [1, 2]
    yield ("list gives", x)
print(list(retval()))
def gen_of_gen():
    yield from (y for y in (x * 2 for x in range(4)))
print(list(gen_of_gen()))
