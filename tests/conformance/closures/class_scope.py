# Class-body scoping: class variables are not visible in methods or comprehensions.
x = 'module x'

class A:
    x = 'class x'
    def method(self):
        return x
    y = [x for _ in range(2)]
    z = x

print(A().method(), A.y, A.z)

class B:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        scaled = [i * factor for i in items for factor in [1]]
    except NameError as e:
        scaled = str(e)
    factor = 3
    try:
        bad = [i * factor for i in items]
    except NameError as e:
        bad = type(e).__name__ + ': ' + str(e)

print(B.doubled, B.scaled, B.bad)

def func():
    v = 'func v'
    class C:
        v = 'class v'
        def m(self):
            return v
        seen = v
        comp = [v for _ in range(1)]
    return C().m(), C.seen, C.comp
print(func())

def func2():
    w = 'enclosing'
    try:
        class D:
            w2 = w
            w = 'class level'
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(func2())

class E:
    name = 'E'
    def get(self):
        try:
            return name
        except NameError as e:
            return type(e).__name__ + ': ' + str(e)
    def get2(self):
        return self.name, type(self).name, E.name
print(E().get())
print(E().get2())

class F:
    a = 1
    b = a + 1
    lam = lambda self: a if False else 'lam'
    gen = list(a + i for i in range(2)) if False else None
print(F.b, F().lam())

class G:
    vals = range(3)
    try:
        pairs = [(v, w) for v in vals for w in vals]
    except NameError as e:
        pairs = str(e)
print(G.pairs)

class H:
    __qualname__ = 'Custom'
    n = __qualname__
    m = __module__
print(H.__qualname__, H.n, H.m, H.__name__)
