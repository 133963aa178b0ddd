# An async context manager built by hand from an async generator (like asynccontextmanager).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class AsyncGenCM:
    def __init__(self, agen):
        self.agen = agen
    async def __aenter__(self):
        return await self.agen.__anext__()
    async def __aexit__(self, et, ev, tb):
        if et is None:
            try:
                await self.agen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("async generator didn't stop")
        try:
            await self.agen.athrow(ev)
        except StopAsyncIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        return False
def asynccontextmanager(fn):
    return lambda *a: AsyncGenCM(fn(*a))
log = []
@asynccontextmanager
async def connection(name):
    log.append(f"open {name}")
    try:
        yield f"conn:{name}"
    except KeyError as e:
        log.append(f"{name} handled {e!r}")
    finally:
        log.append(f"close {name}")
async def main():
    async with connection("db") as c:
        log.append(f"using {c}")
    async with connection("cache") as c:
        raise KeyError("missing entry")
    log.append("KeyError was handled by the generator")
    try:
        async with connection("net"):
            raise ValueError("network down")
    except ValueError as e:
        log.append(f"main caught {e}")
    return "main done"
print(run(main()))
for line in log:
    print(line)
