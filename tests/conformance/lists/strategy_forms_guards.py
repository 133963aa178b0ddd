# Hot subscript, store, iteration and `in` sites on lists stored as ints or floats, while the
# lists change storage (a store of another kind), length or identity under them.


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


def reads(xs, n):
    t = 0
    for i in range(n):
        t += xs[i % len(xs)] + xs[-1]
    return t


def writes(xs, values):
    for i, v in enumerate(values):
        xs[i % len(xs)] = v
    return xs


def member(xs, probes):
    return [p in xs for p in probes].count(True), [p not in xs for p in probes].count(True)


ints = list(range(10))
floats = [i / 2 for i in range(10)]
print(total(ints), total(floats), reads(ints, 60), reads(floats, 60))
print(writes(ints[:], range(100, 160)), writes(floats[:], [0.25 * i for i in range(60)]))
print(member(ints, list(range(-5, 60))), member(floats, [0.5, 1, 2.0, 7]))
# Another kind stored mid-loop converts the list for good.
mixed = list(range(10))
print(writes(mixed, list(range(40)) + ["s", 2.5, True, 2**70] + list(range(20))))
print(reads(mixed, 60) if False else mixed[10 % 10], total([1, 2, 3.5]), total([1.5, 2]))
fl = [1.0, 2.0]
print(writes(fl, [3.0] * 40 + [4] + [5.5] * 10))
# Probes that are not plain ints.
print(member(list(range(5)), [True, False, 1.0, 2**70, -0.0, "1", None] * 10))
print(member([2**70, 1], [2**70, 1, 2] * 20))
# Indices out of range and negative, big-int indices.
for probe in (9, -10, 10, -11, 2**70):
    try:
        print(ints[probe])
    except IndexError as e:
        print("IndexError", e)
try:
    writes([1, 2], [1] * 30 + [5] * 2)
    ints[2**70] = 1
except IndexError as e:
    print("IndexError", e)


# Iteration that mutates the list under it.
def grow(xs):
    out = []
    for x in xs:
        out.append(x)
        if x < 30:
            xs.append(x + 10)
    return len(out), xs[-3:]


print(grow([1, 2, 3]))


def convert_while_iterating(xs):
    out = []
    for i, x in enumerate(xs):
        out.append(x)
        if i == 20:
            xs[25] = "str"
        if i == 30:
            xs.clear()
            xs.extend([0.5, 1.5])
    return out[18:], xs


print(convert_while_iterating(list(range(40))))


def float_iter(xs):
    s = 0.0
    for x in xs:
        s += x
    return s


print([float_iter([0.1 * i for i in range(k)]) for k in (0, 1, 5, 40)])
print(float_iter([1.5] * 30 + [2]), total([]))
