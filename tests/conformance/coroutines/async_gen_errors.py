# Async generator error cases: ignored GeneratorExit, running asend, return in async gen.
def step(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
print(step(g.asend(None)))
print(step(g.aclose()))
async def catches_and_returns():
    try:
        yield 1
    except GeneratorExit:
        print("  cleanup on aclose")
g = catches_and_returns()
print(step(g.asend(None)))
print(step(g.aclose()))
async def raises_stop():
    yield 1
    raise StopAsyncIteration("inside")
g = raises_stop()
print(step(g.asend(None)))
print(step(g.asend(None)))
async def raises_stopiteration():
    yield 1
    raise StopIteration("sync stop")
g = raises_stopiteration()
print(step(g.asend(None)))
print(step(g.asend(None)))
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("async def f():\n    yield from [1]\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("def f():\n    await x\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("def f():\n    async with x:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
async def simple():
    yield "a"
g = simple()
aw = g.asend(None)
print(step(aw))
try:
    aw.send(None)
except BaseException as e:
    print("reusing the awaitable:", type(e).__name__, e)
print(step(g.athrow(ValueError("after end"))))
g = simple()
print(step(g.athrow(KeyError("unstarted"))))
print(step(g.asend(None)))
