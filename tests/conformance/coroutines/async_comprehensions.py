# Async comprehensions of every kind, and await inside comprehensions.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def arange(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    results = {}
    results["list"] = [x async for x in arange(4)]
    results["set"] = {x % 2 async for x in arange(5)}
    results["dict"] = {x: x * x async for x in arange(3)}
    results["filtered"] = [x async for x in arange(10) if x % 3 == 0]
    results["await in element"] = [await double(x) for x in range(3)]
    results["await in async comp"] = [await double(x) async for x in arange(3)]
    results["nested"] = [(x, y) async for x in arange(2) for y in "ab"]
    results["await in condition"] = [x for x in range(6) if await double(x) > 6]
    gen = (x + 100 async for x in arange(3))
    results["async genexp type"] = type(gen).__name__
    results["async genexp"] = [v async for v in gen]
    return results
for key, value in run(main()).items():
    print(f"{key}: {value}")
async def scoping():
    x = "outer"
    ys = [x async for x in arange(2)]
    return x, ys
print(run(scoping()))
async def failing():
    async def bad_gen():
        yield 1
        raise ValueError("in async gen")
    try:
        return [x async for x in bad_gen()]
    except ValueError as e:
        return "caught " + str(e)
print(run(failing()))
try:
    compile("[x async for x in y]", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("def f():\n    return [await x for x in y]\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
