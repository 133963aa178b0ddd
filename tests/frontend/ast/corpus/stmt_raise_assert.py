raise
raise E
raise E()
raise E("msg")
raise E from e
raise E() from None
raise (E)
raise E if x else F
raise E from (e if x else None)
raise a.b.C(1, key=2) from c.d
assert x
assert x, y
assert x == 1, f"got {x}"
assert not x, "negated"
assert (x
        and y), (
    "multi-line")
assert lambda: 0
assert (yield_) is None
