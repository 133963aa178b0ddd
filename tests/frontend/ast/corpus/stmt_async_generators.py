async def agen():
    yield 1
    yield
    x = yield 2
async def consume():
    async for x in agen():
        print(x)
    results = [x async for x in agen()]
    nested = [[y async for y in x] async for x in agen()]
    async with lock:
        async for a, b in pairs():
            if a:
                continue
            await b
    return results
async def gexp():
    g = (await x async for x in y)
    return g
async def main():
    async with a as b, c() as d, e:
        pass
    async with (
        a as b,
        c as d,
    ):
        pass
    try:
        await x
    except* E:
        await y
