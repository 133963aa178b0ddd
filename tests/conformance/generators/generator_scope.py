# Scoping of generator expressions and generator functions.
x = "global x"
g = (x for _ in range(2))
x = "rebound"
print(list(g))
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    g = list(v for v in values)
    factor = 10
    try:
        scaled = list(v * factor for v in values)
    except NameError as e:
        scaled = type(e).__name__ + ": " + str(e)
print(C.doubled, C.g, C.scaled)
def outer():
    items = [1, 2]
    def gen():
        for i in items:
            yield i + offset
    offset = 100
    return gen()
print(list(outer()))
i = "outer i"
list(i for i in range(3))
print(i)
def uses_global():
    yield counter_value
counter_value = 1
g = uses_global()
counter_value = 2
print(next(g))
fns = [(lambda: n) for n in range(3)]
print([f() for f in fns])
gens = [(n for _ in range(1)) for n in range(3)]
print([next(g) for g in gens])
def make_gens():
    out = []
    for n in range(3):
        def gen(n=n):
            yield n
        out.append(gen())
    return [next(g) for g in out]
print(make_gens())
def gen_locals():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(gen_locals()))
