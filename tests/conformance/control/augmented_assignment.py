# Augmented assignment evaluates its target once and uses in-place methods when present.
log = []
class Box:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        log.append("get v")
        return self._v
    @v.setter
    def v(self, val):
        log.append(f"set v={val}")
        self._v = val
def get_box():
    log.append("get_box()")
    return box
box = Box()
get_box().v += 10
print(log, box._v); log.clear()
class Seq:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        log.append(f"getitem {k}")
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(f"setitem {k}={v}")
        self.data[k] = v
def key():
    log.append("key()")
    return "k"
s = Seq()
s[key()] *= 5
print(log, s.data); log.clear()
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
x = [0]
try:
    tt = (x,)
    tt[0] += [1]
except TypeError as e:
    print(type(e).__name__, e, tt)
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        self.v += other
        return self
    def __add__(self, other):
        return Acc(self.v + other + 1000)
acc = Acc(1)
same = acc
acc += 5
print(acc.v, acc is same)
acc = acc + 5
print(acc.v, acc is same)
n = 10
for op in ["+=", "-=", "*=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^="]:
    ns = {"n": 10}
    exec(f"n {op} 3", ns)
    print(op, ns["n"])
s = "ab"; s *= 3; print(s)
d = {"c": 0}
for ch in "abca":
    d[ch] = d.get(ch, 0) + 1
print(d)
class NoIadd:
    pass
o = NoIadd()
try:
    o += 1
except TypeError as e:
    print(type(e).__name__, e)
