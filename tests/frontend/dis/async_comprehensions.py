async def f(source, coros):
    a = [x async for x in source]
    b = {x: y async for x, y in source}
    c = [await c for c in coros]
    d = (x async for x in source)
    return a, b, c, d
