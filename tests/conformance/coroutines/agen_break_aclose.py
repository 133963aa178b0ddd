# Breaking out of async for leaves the async generator suspended; aclose() finalises it.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
log = []
async def numbers(limit):
    try:
        for i in range(limit):
            log.append(f"yield {i}")
            yield i
    finally:
        log.append("numbers finally")
async def take_two():
    gen = numbers(10)
    got = []
    async for v in gen:
        got.append(v)
        if len(got) == 2:
            break
    log.append("loop exited")
    await gen.aclose()
    log.append("closed")
    return got
print(run(take_two()))
print(log); log.clear()
async def exhaust():
    return [v async for v in numbers(3)]
print(run(exhaust()), log); log.clear()
async def manual():
    gen = numbers(5)
    a = await gen.__anext__()
    b = await gen.asend(None)
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        log.append("stopped after aclose")
    return a, b
print(run(manual()), log); log.clear()
async def pipeline():
    async def doubled(src):
        async for v in src:
            yield v * 2
    out = []
    async for v in doubled(numbers(3)):
        out.append(v)
    return out
print(run(pipeline()), log)
