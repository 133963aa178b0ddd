# Comprehension variables do not leak (even though 3.12 inlines comprehensions).
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
def f():
    y = "local"
    r = [y for y in "ab"]
    return y, r
print(f())
def g():
    vals = [i for i in range(3)]
    try:
        return i
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(g())
def h():
    return [lambda: i for i in range(3)]
print([fn() for fn in h()])
def k():
    return [(lambda i=i: i) for i in range(3)]
print([fn() for fn in k()])
def closure_over_outer():
    base = 10
    return [base + n for n in range(3)]
print(closure_over_outer())
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        pairs = [(i, j) for i in items for j in items if i < j and j < len(items)]
    except NameError as e:
        pairs = str(e)
    try:
        outer_ref = [items for _ in range(1)]
    except NameError as e:
        outer_ref = type(e).__name__
print(C.doubled, C.pairs, C.outer_ref)
def locals_inside():
    a = 1
    return [sorted(locals()) for _ in range(1)][0]
print(locals_inside())
def nonlocal_in_comp():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return [add(v) for v in range(4)], total
print(nonlocal_in_comp())
z = 5
print([z for z in range(2)], z)
print({z: z for z in "q"}, z)
e = [[w for w in range(n)] for n in range(3)]
print(e)
try:
    [undefined_inside for _ in range(1)]
except NameError as err:
    print(type(err).__name__, err)
n = 3
print([n * m for m in range(n)])
print([n for n in range(n)])
