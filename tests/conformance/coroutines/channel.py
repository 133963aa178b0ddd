# Producer/consumer over a bounded channel with a hand-written scheduler.
class Wait:
    def __await__(self):
        yield
class Channel:
    def __init__(self, size):
        self.size = size
        self.items = []
        self.closed = False
    async def put(self, item):
        while len(self.items) >= self.size:
            await Wait()
        self.items.append(item)
    async def get(self):
        while not self.items:
            if self.closed:
                raise EOFError("channel closed")
            await Wait()
        return self.items.pop(0)
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            return await self.get()
        except EOFError:
            raise StopAsyncIteration
log = []
async def producer(ch, name, n):
    for i in range(n):
        await ch.put(f"{name}{i}")
        log.append(f"put {name}{i} (size {len(ch.items)})")
    return f"{name} produced {n}"
async def consumer(ch):
    got = []
    async for item in ch:
        got.append(item)
        log.append(f"got {item}")
    return got
def run_all(tasks):
    results = {}
    while tasks:
        name, coro = tasks.pop(0)
        try:
            coro.send(None)
            tasks.append((name, coro))
        except StopIteration as e:
            results[name] = e.value
            if name.startswith("p") and all(not n.startswith("p") for n, _ in tasks):
                ch.closed = True
    return results
ch = Channel(2)
results = run_all([("p1", producer(ch, "a", 3)), ("p2", producer(ch, "b", 2)), ("c", consumer(ch))])
for line in log:
    print(line)
for k in sorted(results):
    print(k, results[k])
