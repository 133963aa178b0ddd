async def f():
    await x
    await x.y()
    r = await g()
    return await h(await i)
async def g():
    async for x in y:
        pass
    async for x, y in z:
        break
    else:
        pass
    async with a:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c):
        pass
async def comps():
    l = [x async for x in y]
    s = {x async for x in y if await x}
    d = {k: v async for k, v in y}
    g = (x async for x in y)
    n = [await x for x in y]
    m = [x for x in y async for z in x]
async def agen():
    yield 1
    yield await x
@decorator
async def decorated(a, /, b, *, c) -> int:
    """Doc."""
    return -await a
class C:
    async def method(self):
        await super().method()
async_ = 1
await_ = 2
