async def f(aiter_obj):
    total = 0
    async for x in aiter_obj:
        if x:
            continue
        total += x
    else:
        total = -total
    return total
