# *args and **kwargs at definition and call sites.
def collect(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, sorted(kwargs.items())

print(collect())
print(collect(1, 2, 3))
print(collect(*range(4)))
print(collect(*'abc'))
print(collect(*{'x': 1, 'y': 2}))
print(collect(**{'x': 1, 'y': 2}))
print(collect(*[1], *[2, 3], *(), **{}, **{'a': 1}))

def head(first, *rest):
    return first, rest

print(head(1))
print(head(1, 2, 3))
print(head(*[9, 8, 7]))

def kw(a, **rest):
    return a, rest

print(kw(1, b=2))
print(kw(a=1, b=2))
print(kw(**{'a': 1, 'z': 26}))

# the args tuple is a fresh tuple; kwargs dict is a fresh dict
d = {'p': 1}
def mutate(**kw):
    kw['q'] = 2
    return kw
r = mutate(**d)
print(r, d, r is d)

t = (1, 2)
def same(*a):
    return a
print(same(*t) == t)

# generators and iterators unpacked
def gen():
    yield 1
    yield 2
print(collect(*gen()))
print(collect(*map(str, [1, 2])))
print(collect(*iter([5, 6]), 7))

# custom mapping for **
class M:
    def keys(self):
        return ['u', 'v']
    def __getitem__(self, k):
        return k.upper()

print(collect(**M()))
print(dict(**M()))

# keyword argument names can be any identifier, including unicode
def uni(**kw):
    return list(kw)
print(uni(ä=1, 名前=2, _x=3))
