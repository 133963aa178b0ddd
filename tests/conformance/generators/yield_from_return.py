# The value of `yield from` is the subgenerator's return value.
def averager():
    total = count = 0
    while True:
        x = yield
        if x is None:
            return total / count if count else None
        total += x
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20]), ("c", [])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
def child(n):
    for i in range(n):
        yield i
    return f"child({n}) done"
def parent():
    r1 = yield from child(2)
    r2 = yield from child(3)
    r3 = yield from []
    return [r1, r2, r3]
g = parent()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print(out, e.value)
        break
def nested(depth):
    if depth == 0:
        yield "leaf"
        return 0
    r = yield from nested(depth - 1)
    yield f"level {depth} got {r}"
    return r + 1
g = nested(3)
print(list(g))
def ret_tuple():
    return (1, 2)
    yield
def take():
    a, b = yield from ret_tuple()
    yield a + b
print(list(take()))
def stop_value_object():
    return StopIteration("odd")
    yield
def wrap():
    v = yield from stop_value_object()
    yield type(v).__name__, v.args
print(list(wrap()))
