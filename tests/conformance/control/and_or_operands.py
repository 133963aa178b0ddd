# `and` / `or` return one of their operands and short-circuit; `not` returns a bool.
values = [0, 1, "", "s", [], [0], None, 0.0, {}, {"k": 1}, (), (None,)]
for a in values[:6]:
    for b in values[6:9]:
        print(repr(a), repr(b), "and:", repr(a and b), "or:", repr(a or b))
print(repr(None or 0 or "" or []), repr(1 and "x" and [1]), repr(0 and crash_if_evaluated))
print(repr(1 or crash_if_evaluated), not 0, not [1], type(not "").__name__)
log = []
def t(v):
    log.append(v)
    return v
t(0) and t(1)
t(1) and t(2) and t(0) and t(3)
t(0) or t("") or t("found") or t("never")
print(log)
x = [] or {} or ()
print(type(x).__name__)
default = None
name = default or "anonymous"
print(name)
count = 0
count = count and count + 1
print(count)
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        log.append(f"bool {self.v}")
        return self.v
    def __repr__(self):
        return f"B({self.v})"
log.clear()
print(B(False) or B(True), B(True) and B(False), log)
log.clear()
print(not B(True), log)
class L:
    def __len__(self):
        return 0
print(repr(L() or "len zero is falsy"), bool(L()))
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, (0 or 0) and 1)
print(all([]), any([]), all([1, "", 2]), any([0, None, "x"]))
