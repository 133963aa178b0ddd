# complex equality with ints/floats, ordering errors, hashing consistency and use as dict keys.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

show("eq int", lambda: (1 + 0j == 1, 1 + 1j == 1, 0j == 0, 0j == False, -0j == 0))
show("eq float", lambda: (2.5 + 0j == 2.5, complex(float("nan"), 0) == complex(float("nan"), 0)))
show("eq big int", lambda: (complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53))
show("eq str", lambda: 1j == "1j")
show("ne", lambda: (1j != 1j, 1j != 2j, 1 + 0j != 1))
show("lt", lambda: 1j < 2j)
show("le int", lambda: 1j <= 1)
show("gt float", lambda: 1.0 > 1j)
show("sorted", lambda: sorted([1j, 0j]))
show("max", lambda: max(1j, 2j))
show("hash int eq", lambda: (hash(3 + 0j) == hash(3), hash(0.5 + 0j) == hash(0.5)))
show("hash values", lambda: (hash(1j), hash(2j), hash(1 + 1j), hash(-1 - 1j), hash(complex(-1, 0))))
show("dict keys", lambda: {1: "a", 1.0: "b", 1 + 0j: "c", 2j: "d"})
show("set", lambda: len({0, 0.0, 0j, -0j, False}))
show("in list", lambda: (2j in [1, 2j], 2 in [2 + 0j]))
show("count", lambda: [1, 1.0, 1 + 0j, 1j].count(1))
show("index", lambda: [1j, 1].index(1 + 0j))
show("bool", lambda: [bool(z) for z in (0j, 1j, complex(0, -0.0), complex(1e-320, 0))])
