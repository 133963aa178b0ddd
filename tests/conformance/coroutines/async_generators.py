# Async generators driven by hand: asend, athrow, aclose.
def step(awaitable):
    # Runs one awaitable to completion; returns ("value", v) or ("raised", exc).
    it = awaitable.__await__() if not hasattr(awaitable, "send") else awaitable
    try:
        while True:
            it.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))
async def agen():
    received = []
    try:
        while len(received) < 3:
            try:
                x = yield len(received)
                received.append(x)
            except KeyError as e:
                received.append("K" + str(e))
    finally:
        print("  agen finally, received", received)
g = agen()
print(type(g).__name__, g.__name__)
print(step(g.asend(None)))
print(step(g.asend("a")))
print(step(g.athrow(KeyError("k"))))
print(step(g.asend("b")))
print(step(g.asend("again")))
g = agen()
print(step(g.__anext__()))
print(step(g.athrow(ValueError("unhandled"))))
print(step(g.__anext__()))
g = agen()
print(step(g.asend(None)))
print(step(g.aclose()))
print(step(g.aclose()))
print(step(g.asend(None)))
async def simple():
    yield 1
    yield 2
async def consume():
    out = []
    async for v in simple():
        out.append(v)
    return out
print(step(consume()))
g = simple()
print(step(g.asend(None)), step(g.__anext__()))
print(step(g.aclose()), step(g.__anext__()))
print(g.ag_running, g.ag_frame)
