# Every TypeError message for bad calls to Python functions.
def t(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

def f0():
    return 0
def f1(a):
    return a
def f2(a, b):
    return a, b
def f3(a, b, c):
    return a, b, c
def fd(a, b=1):
    return a, b
def fkw(a, *, k):
    return a, k
def fkw2(*, k1, k2, k3):
    return k1

t(f0, 1)
t(f0, 1, 2)
t(f0, x=1)
t(f1)
t(f1, 1, 2)
t(f1, 1, a=2)
t(f1, b=2)
t(f2)
t(f2, 1)
t(f2, b=1)
t(f2, 1, 2, 3)
t(f3)
t(f3, 1)
t(f3, c=1)
t(f3, 1, 2, 3, 4, 5)
t(fd)
t(fd, 1, 2, 3)
t(fd, 1, 2, 3, 4)
t(fd, 1, 2, a=3)
t(fd, 1, a=3)
t(fkw, 1, 2)
t(fkw, 1, 2, k=3)
t(fkw, 1)
t(fkw2)
t(fkw2, k2=1)
t(fkw2, k1=1, k4=2)
t(f2, 1, 2, c=3, d=4)
t(f2, 1, **{'b': 2, 'c': 3})
t(fkw, 1, 2, 3)

class C:
    def m(self, x):
        return x
    def n(self):
        return 0

c = C()
t(c.m)
t(c.m, 1, 2)
t(c.n, 1)
t(C.m, c)
t(C.m)
t(c.m, y=1)
t(lambda: 0, 1)
t(lambda x, y: 0, 1)
