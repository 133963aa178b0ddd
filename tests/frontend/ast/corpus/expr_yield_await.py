def g():
    yield
    yield x
    yield x, y
    yield *x, y
    x = yield
    x = yield y
    x = yield from y
    f((yield))
    f((yield x))
    await_ = (yield) + 1
    x = [(yield)]
    yield from (yield)
    return (yield from g())
async def a():
    await x
    await x()
    await x.y
    await (await x)
    x = await y + 1
    x = -await y
    x = await y ** 2
    x = [await y for y in z]
    return await x
async def ag():
    yield await x
    x = yield
lambda: (yield)
lambda: (yield from x)
