# async for with __aiter__/__anext__ and StopAsyncIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
async def collect(n):
    out = []
    async for v in Ticker(n):
        out.append(v)
    else:
        out.append("else")
    return out
print(run(collect(3)), run(collect(0)))
async def with_break():
    out = []
    async for v in Ticker(10):
        if v > 30:
            break
        if v == 20:
            continue
        out.append(v)
    return out
print(run(with_break()))
async def over_list():
    async for x in [1, 2]:
        pass
try:
    run(over_list())
except TypeError as e:
    print(type(e).__name__, e)
class BadAiter:
    def __aiter__(self):
        return 5
async def bad_aiter():
    async for x in BadAiter():
        pass
try:
    run(bad_aiter())
except TypeError as e:
    print(type(e).__name__, e)
class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
async def bad_anext():
    async for x in SyncAnext():
        pass
try:
    run(bad_anext())
except TypeError as e:
    print(type(e).__name__, e)
class Failing(Ticker):
    async def __anext__(self):
        v = await super().__anext__()
        if v == 20:
            raise ValueError("failed at 20")
        return v
async def failing():
    seen = []
    try:
        async for v in Failing(5):
            seen.append(v)
    except ValueError as e:
        seen.append(str(e))
    return seen
print(run(failing()))
