# Many attributes on one instance; insertion order of __dict__.
class Bag:
    pass

b = Bag()
for i in range(50):
    setattr(b, f'f{i:02d}', i)
print(len(b.__dict__), list(b.__dict__)[:5], list(b.__dict__)[-3:])
print(sum(getattr(b, f'f{i:02d}') for i in range(50)))
for i in range(0, 50, 2):
    delattr(b, f'f{i:02d}')
print(len(vars(b)), list(vars(b))[:5])
b.f00 = 'readded'
print(list(vars(b))[-1], b.f00)
b.f01 = 'updated'
print(list(vars(b))[0], b.f01)

class Ordered:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3

o = Ordered()
print(list(o.__dict__))
o.b = 4
del o.a
o.a = 5
print(list(o.__dict__), o.__dict__)

class Wide:
    def __init__(self, n):
        for k in range(n):
            self.__dict__['k' + str(k)] = k * k

w = Wide(40)
print(w.k39, w.k0, len(w.__dict__))
w2 = Wide(40)
w2.k5 = -1
print(w.k5, w2.k5)
print([k for k in vars(w) if k.endswith('9')])

class Members:
    a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = a10 = 0
    b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = b10 = 1
    c1 = c2 = c3 = c4 = c5 = c6 = c7 = c8 = c9 = c10 = 2
    d1 = d2 = d3 = d4 = d5 = 3

names = [k for k in Members.__dict__ if not k.startswith('__')]
print(len(names), names[:4], names[-2:])
m = Members()
m.a1 = 'inst'
print(m.a1, Members.a1, m.d5)
print(sorted(vars(m).items()))

# class attribute order as defined
class Order:
    zeta = 1
    alpha = 2
    def mid(self): pass
    beta = 3
print([k for k in Order.__dict__ if not k.startswith('__')])
