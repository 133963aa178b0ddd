# Truth testing protocol details: __bool__ precedence over __len__, errors, if/while/and/or usage.
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class OnlyLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class NoneBool:
    __bool__ = None
class RaisingBool:
    def __bool__(self):
        raise ValueError("no truth")
class BigLen:
    def __len__(self):
        return 2 ** 70
class IntSubBool:
    def __bool__(self):
        return bool(0)
print(bool(Both()), bool(OnlyLen(0)), bool(OnlyLen(5)), bool(IntSubBool()))
for obj in (NoneBool(), RaisingBool(), BigLen()):
    try:
        print(bool(obj))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        if obj:
            print("truthy")
    except Exception as e:
        print("if:", type(e).__name__, e)
    try:
        print(not obj)
    except Exception as e:
        print("not:", type(e).__name__, e)
n = OnlyLen(3)
count = 0
while n:
    n.n -= 1
    count += 1
print(count)
print(OnlyLen(0) or "fallback", OnlyLen(2) and "second", [x for x in (OnlyLen(0), OnlyLen(1)) if x].__len__())
print(any([OnlyLen(0), OnlyLen(0)]), all([OnlyLen(1), Both()]), list(filter(None, [OnlyLen(0), OnlyLen(4)]))[0].n)
x = OnlyLen(1) if OnlyLen(0) else "else-branch"
print(x)
class Flip:
    calls = 0
    def __bool__(self):
        Flip.calls += 1
        return Flip.calls % 2 == 1
f = Flip()
print(bool(f), bool(f), bool(f), (f and 1) is f, Flip.calls)
