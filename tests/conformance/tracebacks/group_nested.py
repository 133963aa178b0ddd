# check: stderr
# Nested groups, a note on a group and a chained sub-exception.
def fail(n):
    raise KeyError(n)
def gather(ns):
    errors = []
    for n in ns:
        try:
            fail(n)
        except KeyError as e:
            errors.append(e)
    return errors
inner = ExceptionGroup("inner", gather(["a", "b"]))
try:
    raise OSError("disk")
except OSError as e:
    try:
        raise RuntimeError("while saving") from e
    except RuntimeError as r:
        chained = r
outer = ExceptionGroup("outer", [inner, chained, TypeError("plain, never raised")])
outer.add_note("note on the outer group")
inner.add_note("note on the inner group")
print("raising a group of", len(outer.exceptions))
raise outer
