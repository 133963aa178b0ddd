# Generators and generator expressions capturing variables.
def gen_capture():
    n = 1
    def g():
        while n < 50:
            yield n
    gen = g()
    out = []
    for v in gen:
        out.append(v)
        n *= 3
    return out
print(gen_capture())

def counter_gen(start):
    count = start
    def bump():
        nonlocal count
        count += 10
    def values():
        for _ in range(3):
            yield count
            bump()
    return values()
print(list(counter_gen(0)))

def lazy_genexp():
    x = 1
    g = (x + i for i in range(3))
    x = 100
    return list(g)
print(lazy_genexp())

def genexp_first_iter_eager():
    data = [1, 2]
    g = (v for v in data)
    data = [9, 9, 9]
    return list(g)
print(genexp_first_iter_eager())

def genexp_in_class():
    class K:
        base = [1, 2, 3]
        doubled = list(v * 2 for v in base)
        try:
            bad = list(v * scale for v in base for scale in [base[0]])
        except NameError as e:
            bad = str(e)
    return K.doubled, K.bad
print(genexp_in_class())

def generator_state():
    def g():
        local = 'start'
        x = yield local
        local = 'got ' + str(x)
        yield local
    it = g()
    first = next(it)
    second = it.send(42)
    return first, second, it.gi_running, it.gi_code.co_name
print(generator_state())

def closures_from_generator():
    def g():
        for i in range(3):
            yield lambda: i
    late = [f() for f in list(g())]
    eager = [f() for f in g()]
    return late, eager
print(closures_from_generator())
it = (i * i for i in range(3))
print(next(it), list(it), list(it))
print(sum(x for x in range(5) if x % 2), max((len(w), w) for w in ['aa', 'b', 'ccc']))
