# async def, await and driving a coroutine by hand with send(None).
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
c = compute()
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))
print(run(add("a", "b")))
class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield self.label
        return f"{self.label} resumed with {reply}"
async def uses_suspend():
    r1 = await Suspend("first")
    r2 = await Suspend("second")
    return r1, r2
c = uses_suspend()
print(c.send(None))
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("result:", e.value)
async def nothing():
    pass
c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print("plain return value:", e.value)
c = nothing()
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(c, "__await__"), hasattr(c, "__next__"), hasattr(c, "send"))
run(c)
class Outer:
    async def method(self, x):
        return x * 2
    @staticmethod
    async def static():
        return "static"
o = Outer()
m = o.method(21)
print(m.__qualname__, run(m), run(Outer.static()))
async def nested_call():
    async def helper(n):
        return n + 1
    return await helper(await helper(0))
print(run(nested_call()))
c = add(1, 1)
print(c.cr_running, c.cr_await, c.cr_frame is not None)
run(c)
print(c.cr_frame)
