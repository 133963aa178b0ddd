# Running several coroutines concurrently by hand and collecting results in order.
class Yield:
    def __await__(self):
        yield
def gather(*coros, return_exceptions=False):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    rounds = 0
    while pending:
        rounds += 1
        still = []
        for index, coro in pending:
            try:
                coro.send(None)
                still.append((index, coro))
            except StopIteration as e:
                results[index] = e.value
            except Exception as e:
                if not return_exceptions:
                    for _, other in still + [p for p in pending if p[0] > index]:
                        other.close()
                    raise
                results[index] = e
        pending = still
    return results, rounds
trace = []
async def job(name, steps, fail=False):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await Yield()
    if fail:
        raise ValueError(f"{name} failed")
    return name * steps
results, rounds = gather(job("a", 3), job("b", 1), job("c", 2))
print(results, rounds)
print(trace); trace.clear()
results, rounds = gather(job("x", 2), job("y", 1, fail=True), job("z", 3), return_exceptions=True)
print([repr(r) for r in results], rounds)
print(trace); trace.clear()
try:
    gather(job("p", 1, fail=True), job("q", 3))
except ValueError as e:
    print("gather raised:", e, trace)
async def parent():
    inner = [job("n", 1), job("m", 2)]
    total = []
    for c in inner:
        total.append(await c)
    return total
trace.clear()
print(gather(parent(), job("s", 2)))
print(trace)
