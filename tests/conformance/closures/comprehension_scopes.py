# Comprehensions and closures over their variables.
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())

def g():
    fs = [lambda: i * 2 for i in range(3)]
    return [fn() for fn in fs]
print(g())

def h():
    return [[i * j for j in range(i)] for i in range(4)]
print(h())

def walrus():
    total = 0
    sums = [total := total + v for v in range(5)]
    return sums, total
print(walrus())

def walrus_last():
    [last := v for v in 'abc']
    return last
print(walrus_last())

x = 'module'
def comp_reads_enclosing():
    x = 'function'
    return [x for _ in range(1)], {x: 1 for _ in range(1)}, {x for _ in range(1)}
print(comp_reads_enclosing())

def comp_shadow():
    i = 'before'
    r = [i for i in range(2)]
    return i, r
print(comp_shadow())

def nested_closure():
    out = []
    for a in range(2):
        out.extend(lambda a=a, b=b: (a, b) for b in range(2))
    return [fn() for fn in out]
print(nested_closure())

def gen_closure():
    base = 100
    gen = (base + k for k in range(3))
    base = 200
    return list(gen)
print(gen_closure())

def cond_comp():
    data = {'a': 1, 'b': 2, 'c': 3}
    return {k: v * v for k, v in data.items() if v % 2}
print(cond_comp())

def comp_with_nonlocal():
    count = 0
    def bump(v):
        nonlocal count
        count += 1
        return v
    r = [bump(v) for v in range(4)]
    return r, count
print(comp_with_nonlocal())

try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print([y for y in range(3) if y][-1], sorted({c for c in 'hello'}))
