# Old-style __getitem__ iteration, iter(callable, sentinel), membership fallbacks.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for i, sq in enumerate(Squares()):
    if i == 2:
        print("third square", sq)
it = iter(Squares())
print(type(it).__name__, next(it), next(it))
class Contains:
    def __contains__(self, item):
        print("  __contains__", item)
        return item == "yes"
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class ContainsNonBool:
    def __contains__(self, item):
        return [1]
print(3 in ContainsNonBool())
class IterOnly:
    def __iter__(self):
        print("  __iter__ used for membership")
        return iter([1, 2, 3])
print(2 in IterOnly())
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
chunks = iter(["ab", "cd", "", "never"])
print(list(iter(lambda: next(chunks), "")))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        return iter(self.data[::-1] + ["(custom)"])
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
print(list(reversed(Rev([1, 2, 3]))))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(SeqOnly())), list(SeqOnly()))
class NotIterable:
    pass
for op in [lambda: iter(NotIterable()), lambda: 1 in NotIterable(), lambda: reversed(NotIterable())]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
print(list(iter(d)), list(reversed(d)), list(reversed(d.items())))
