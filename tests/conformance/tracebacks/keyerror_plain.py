# check: stderr
# Exceptions without arguments and with several arguments at the top level.
errors = [KeyError(), ValueError(), TypeError("a", "b"), IndexError(3)]
for e in errors:
    try:
        raise e
    except Exception as caught:
        print(type(caught).__name__, repr(str(caught)), caught.args)
def index_of(seq, value):
    for i, item in enumerate(seq):
        if item == value:
            return i
    raise LookupError(value, "not found in", len(seq), "items")
print(index_of("abc", "c"))
print(index_of([1, 2], 2))
try:
    index_of([], 0)
except LookupError as e:
    print("caught", e)
index_of(["x", "y"], "z")
