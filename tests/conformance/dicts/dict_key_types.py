# Keys of many types in one dict: None, bools, ints, floats, complex, str, bytes, tuples, frozensets, types.
d = {}
keys = [None, True, 2, 3.5, -0.0, 1j, "s", b"s", (1, 2), frozenset({1}), int, len, (), "", b"", range(2), 2 ** 80]
for i, k in enumerate(keys):
    d[k] = i
print(len(d))
for k in keys:
    print(repr(k), d[k], k in d)
print(d[1], d[1.0], d[0], d[False] if False in d else "no False", d[2.0], d[(1.0, 2.0)], d[frozenset({1.0})])
print(d.get(0.0), d.get(-0.0), d.get(0), d.get(2 ** 80 + 0.0), d.get("S"), d.get(bytearray(b"s")) if False else "")
try:
    d[bytearray(b"s")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{1}]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[slice(1, 2)] = 0
    print("slice key ok", d[slice(1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
del d[None]
del d[True]
print(len(d), None in d, 1 in d)
print(sorted(repr(k) for k in d))
