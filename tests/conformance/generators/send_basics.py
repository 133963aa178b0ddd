# send(): the first send must be None, later values come back from yield.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(g.send(None))
print(g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g))
def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
g = echo()
print(next(g), next(g), g.send("a"), )
try:
    g.send("b")
except StopIteration as e:
    print(e.value)
try:
    g.send("again")
except StopIteration as e:
    print("exhausted:", repr(e), e.value)
def two_way():
    x = yield "first"
    y = yield f"got {x}"
    z = yield f"got {y}"
    yield f"got {z}"
g = two_way()
print([next(g), g.send(1), g.send([2]), g.send(None)])
def yields_expression():
    result = (yield 1) + (yield 2)
    yield result
g = yields_expression()
print(next(g), g.send(10), g.send(20))
print(type(g).__name__, g.__name__, g.__qualname__)
def outer():
    def inner_gen():
        yield 1
    return inner_gen()
print(outer().__qualname__)
