# Tuple lexicographic comparison details and sorting of records with mixed element types.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

show("prefix", lambda: ((1, 2) < (1, 2, 3), (1, 2, 3) > (1, 2), () < (1,), (1,) <= (1,)))
show("first diff decides", lambda: ((1, "a") < (2, 0), (2, "a") > (1, [])))
show("nan element", lambda: ((float("nan"),) == (float("nan"),), (1, float("nan")) < (1, 2)))
nan = float("nan")
show("same nan object", lambda: ((nan,) == (nan,), [nan] == [nan]))
show("incomparable later", lambda: (1, "a") < (1, 2))
show("None elements eq", lambda: ((None, 1) == (None, 1), (None,) != (None,)))
show("None elements lt", lambda: (None, 1) < (None, 2))
show("None elements lt diff", lambda: (None,) < (None, 1))
show("None lt none", lambda: (None,) < (0,))
records = [("bob", 3, 1.5), ("amy", 3, 2.5), ("cat", 1, 0.0), ("amy", 2, 9.9), ("bob", 3, 0.5)]
show("sort", lambda: sorted(records))
show("sort by 2nd then name desc", lambda: sorted(records, key=lambda r: (r[1], tuple(-ord(c) for c in r[0]))))
show("max", lambda: max(records))
show("min by float", lambda: min(records, key=lambda r: r[2]))
show("nested", lambda: sorted([((1, 2), "b"), ((1,), "c"), ((0, 9), "a")]))
show("mixed int float", lambda: sorted([(1, 2.5), (1.0, 2), (0.5, 3)]))
show("eq across types", lambda: ((1, 2.0) == (1.0, 2), (1,) == [1], (1, (2,)) == (1, (2.0,))))
show("cmp with list", lambda: (1, 2) < [1, 3])
