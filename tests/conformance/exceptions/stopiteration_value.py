# StopIteration.value and its relation to args.
for args in [(), (1,), ("x", "y"), (None,)]:
    e = StopIteration(*args)
    print(repr(e), e.value, e.args)
def gen():
    yield 1
    return "done"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
def gen2():
    return (1, 2)
    yield
try:
    next(gen2())
except StopIteration as e:
    print("tuple value:", e.value, e.args)
def gen3():
    yield
try:
    g3 = gen3(); next(g3); next(g3)
except StopIteration as e:
    print("no return:", e.value, e.args)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("list iterator:", repr(e), e.value)
print(next(iter([]), "default"))
e = StopIteration(5)
e.value = 9
print(e.value, e.args)
e = StopAsyncIteration(3)
print(repr(e), e.args, hasattr(e, "value"))
