# Values flow through nested awaits; __await__ implemented by generators and iterators.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        answer = yield ("request", self.what)
        return answer
class Twice:
    def __init__(self, inner):
        self.inner = inner
    def __await__(self):
        first = yield from self.inner.__await__()
        second = yield from Request(self.inner.what + "!").__await__()
        return first + second
async def level2():
    a = await Request("x")
    b = await Twice(Request("y"))
    return [a, b]
async def level1():
    r = await level2()
    r.append(await Request("z"))
    return r
answers = {"x": 1, "y": 10, "y!": 100, "z": 1000}
c = level1()
value = None
trace = []
while True:
    try:
        req = c.send(value)
    except StopIteration as e:
        print("result:", e.value)
        break
    trace.append(req)
    value = answers[req[1]]
print(trace)
class IterAwait:
    def __await__(self):
        return iter(["tick", "tock"])
async def ticks():
    await IterAwait()
    await IterAwait()
    return "ticked"
c = ticks()
seen = []
try:
    while True:
        seen.append(c.send(None))
except StopIteration as e:
    print(seen, e.value)
async def send_through():
    got = await Request("direct")
    return got * 2
c = send_through()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print(e.value)
print(c.cr_await)
