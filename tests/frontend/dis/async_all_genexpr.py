# all()/any()/tuple() of an async generator expression: no inlined loop, the builtin is called.
async def f_all(xs):
    return all(x async for x in xs)


async def f_any():
    return any(await 2 for _ in [])


async def f_tuple(xs):
    return tuple(await x for x in xs)


async def f_sync_in_async(xs):
    return all(x for x in xs)
