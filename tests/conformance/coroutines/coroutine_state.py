# Coroutine attributes and states: cr_running, cr_await, cr_suspended, closing.
class Pause:
    def __await__(self):
        yield "p"
pause = Pause()
async def observed():
    print("  running:", coro.cr_running)
    await pause
    return "end"
coro = observed()
print("created:", coro.cr_running, coro.cr_suspended, coro.cr_await)
print(coro.send(None))
print("suspended:", coro.cr_running, coro.cr_suspended, type(coro.cr_await).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("finished:", e.value, coro.cr_suspended, coro.cr_frame, coro.cr_await)
async def waits_on_other():
    return await inner_coro
async def inner():
    await pause
    return 5
inner_coro = inner()
outer = waits_on_other()
outer.send(None)
print(outer.cr_await is inner_coro, inner_coro.cr_suspended)
try:
    outer.send(None)
except StopIteration as e:
    print(e.value)
print(observed.__name__, type(observed).__name__)
c = observed()
print(c.__name__, c.__qualname__)
c.__name__ = "renamed"
print(c.__name__)
c.close()
print(c.cr_frame)
import sys
print(sys.getrecursionlimit() > 0)
async def gen_like():
    return [i async for i in agen()]
async def agen():
    yield 1
    yield 2
g = agen()
print(type(g).__name__, g.ag_running, g.__qualname__)
c = gen_like()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
