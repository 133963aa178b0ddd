"""Module docstring."""
import os
import os.path as osp
from collections import OrderedDict, namedtuple as nt
from . import sibling
from .. import *

x = 1
y = -2.5e300
z = 3 + 4j
s = "text\n\x00\u1234\U0001F600"
b = b"\x00\xffab'"
t = (1, 2.0, "three", None, ..., True, False, (4, (5,)))
fs = frozenset({1})
big = 123456789012345678901234567890
neg = -123456789012345678901234567890
inf = float("inf")
l = [1, 2, 3]
d = {"a": 1, **{"b": 2}}
st = {1, 2, *l}

def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    "doc"
    global x
    x = a + b - c * d / e // 2 % 3 ** 4 @ a << 1 >> 2 & 3 | 4 ^ 5
    a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 2; a **= 2; a @= a
    a <<= 1; a >>= 1; a &= 1; a |= 1; a ^= 1
    print(-a, +a, ~a, not a)
    return a < b <= c == d != e > a >= b, a is b, a is not b, a in l, a not in l

def outer():
    v = 1
    w = 2
    def inner():
        nonlocal v
        v += w
        return v
    lam = lambda q, *, r=v: q + r
    return inner, lam

class C(Base, metaclass=Meta):
    attr: int = 3
    def method(self):
        return super().method() + self.attr
    @property
    def prop(self):
        return [i for i in range(10) if i % 2]
    @staticmethod
    def sm(*a, **k):
        return {k: v for k, v in k.items()}, {i for i in a}, (i for i in a)

if x and y or not z:
    pass
elif x:
    x = y[1:2]
    y[::2] = z
    del z[1], x
else:
    l[a:b] = [1]

while x:
    x -= 1
    if x == 5:
        break
    if x == 7:
        continue
else:
    print("done")

for i, (j, k) in enumerate(zip(l, l)):
    print(i, j, k, sep=",", end="")

a, *rest, c = l
print(f"{x!r:>{y}} {z!s} {s!a} {b} {d=}")
assert x, "message"
del x
