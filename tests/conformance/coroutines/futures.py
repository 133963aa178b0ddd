# A hand-made Future and event loop: tasks wait on futures resolved by other tasks.
class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.waiters = []
    def set_result(self, value):
        self.done = True
        self.result = value
        for w in self.waiters:
            loop.ready.append(w)
        self.waiters.clear()
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self):
        self.ready = []
        self.trace = []
    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                fut = coro.send(None)
            except StopIteration as e:
                self.trace.append(f"{name} -> {e.value!r}")
                continue
            except Exception as e:
                self.trace.append(f"{name} raised {type(e).__name__}: {e}")
                continue
            self.trace.append(f"{name} waits on {fut.name}")
            fut.waiters.append((name, coro))
loop = Loop()
data = Future("data")
ack = Future("ack")
async def producer():
    for i in range(2):
        await Future("never") if False else None
    data.set_result([1, 2, 3])
    got = await ack
    return f"producer saw ack {got}"
async def consumer(tag):
    values = await data
    total = sum(values)
    if tag == "c2":
        ack.set_result(total)
    return f"{tag} total {total}"
async def failing():
    await data
    raise ValueError("consumer failed")
loop.ready += [("c1", consumer("c1")), ("c2", consumer("c2")), ("bad", failing()), ("p", producer())]
loop.run()
for line in loop.trace:
    print(line)
done = Future("already")
done.set_result("instant")
async def fast():
    return await done
c = fast()
try:
    c.send(None)
except StopIteration as e:
    print("no suspension:", e.value)
