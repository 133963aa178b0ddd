# CALL_KW sites (Python function, bound method, builtin) whose callables change while hot.
def f(a, b=1, *, c=2): return (a, b, c)
class C:
    def m(self, x, y=0): return x + y
def g(n):
    c = C(); t = 0
    for i in range(n):
        t += f(i, b=2, c=3)[2] + c.m(1, y=i) + sorted([3, 1], reverse=True)[0] + dict(a=i)["a"]
    return t
print(g(50))
f = lambda a, b=1, c=2: (a, b * 10, c)
print(g(50))
C.m = lambda self, x, y=0: x * y
print(g(50))
def h(**kw): return len(kw)
bound = C()
bound.m = lambda x, y=0: -1
def k(o, n):
    return [o.m(1, y=2) for _ in range(n)]
print(k(C(), 30)[-1], k(bound, 3))
