# Reusing a finished coroutine and awaiting the wrong kinds of objects.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def value():
    return 7
async def twice(c):
    a = await c
    b = await c
    return a, b
c = value()
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    run(twice(value()))
except RuntimeError as e:
    print(type(e).__name__, e)
async def await_int():
    await 5
try:
    run(await_int())
except TypeError as e:
    print(type(e).__name__, e)
class NonIterAwait:
    def __await__(self):
        return 5
async def await_bad():
    await NonIterAwait()
try:
    run(await_bad())
except TypeError as e:
    print(type(e).__name__, e)
made = []
class CoroAwait:
    def __await__(self):
        made.append(value())
        return made[-1]
async def await_coro_from_await():
    return await CoroAwait()
try:
    print(run(await_coro_from_await()))
except TypeError as e:
    print(type(e).__name__, e)
made[0].close()
def plain_gen():
    yield 1
async def await_gen():
    await plain_gen()
try:
    run(await_gen())
except TypeError as e:
    print(type(e).__name__, e)
class ListAwait:
    def __await__(self):
        return iter([None, None])
async def await_list_iter():
    return await ListAwait()
print("iterator awaitable result:", run(await_list_iter()))
async def self_await():
    return await me
me = self_await()
try:
    run(me)
except ValueError as e:
    print(type(e).__name__, e)
c = value()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("closed before start:", type(e).__name__, e)
