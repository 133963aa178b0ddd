# check: stderr
# Exceptions raised in frames that specialized forms push inline (a Python __getitem__, a
# Python __getattribute__, a property getter, super().method()), once hot: the traceback shows
# the same lines and markers as the generic path.
import traceback


class S:
    def __getitem__(self, i):
        if i == 30:
            raise ValueError("bad index")
        return i


class G:
    def __getattribute__(self, n):
        if n == "boom":
            raise KeyError(n)
        return 1


class A:
    def m(self, i):
        if i == 35:
            raise RuntimeError("in A.m")
        return i


class B(A):
    def m(self, i):
        return super().m(i) + 1


def f(o, g, b):
    t = 0
    for i in range(40):
        t += o[i] + g.x + b.m(i)
    return g.boom


for args in ((S(), G(), B()), (type("T", (), {"__getitem__": lambda s, i: 0})(), G(), B()),
             (type("T", (), {"__getitem__": lambda s, i: 0})(), G(), type("C", (), {"m": lambda s, i: i})())):
    try:
        f(*args)
    except Exception:
        traceback.print_exc()
print("end")
f(type("T", (), {"__getitem__": lambda s, i: 0})(), G(), A())
