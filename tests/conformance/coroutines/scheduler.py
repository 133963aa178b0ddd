# A small event loop: tasks await a Yield awaitable and run round-robin.
class Yield:
    def __await__(self):
        yield "switch"
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.log = []
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda item: (item[0], item[1]))
                wake, order, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro))
                continue
            name, coro = self.ready.pop(0)
            try:
                req = coro.send(None)
            except StopIteration as e:
                self.log.append((self.now, name, "done", e.value))
                continue
            if isinstance(req, tuple) and req[0] == "sleep":
                self.sleeping.append((self.now + req[1], len(self.log) + len(self.sleeping), name, coro))
            else:
                self.ready.append((name, coro))
loop = Loop()
async def worker(name, steps):
    total = 0
    for i in range(steps):
        total += i
        loop.log.append((loop.now, name, "step", i))
        await Yield()
    return total
async def sleeper(name, delays):
    for d in delays:
        await Sleep(d)
        loop.log.append((loop.now, name, "woke", d))
    return sum(delays)
loop.spawn("w1", worker("w1", 3))
loop.spawn("w2", worker("w2", 2))
loop.spawn("s1", sleeper("s1", [5, 1]))
loop.spawn("s2", sleeper("s2", [3, 3]))
loop.run()
for entry in loop.log:
    print(entry)
print("final time", loop.now)
