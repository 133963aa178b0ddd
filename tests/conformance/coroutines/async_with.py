# async with: __aenter__/__aexit__, exceptions and suppression, driven by hand.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
log = []
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        log.append(f"enter {self.name}")
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None} {exc}")
        return self.suppress
async def simple():
    async with Resource("a") as value:
        log.append(f"body {value}")
    return "simple done"
print(run(simple()), log)
log.clear()
async def multiple():
    async with Resource("x") as x, Resource("y") as y:
        log.append(f"body {x}{y}")
        raise ValueError("inside")
try:
    run(multiple())
except ValueError as e:
    print("propagated:", e, log)
log.clear()
async def suppressed():
    async with Resource("s", suppress=True):
        raise KeyError("hidden")
    return "after suppressed block"
print(run(suppressed()), log)
log.clear()
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)
class BadEnter:
    __aenter__ = None
    async def __aexit__(self, *a):
        pass
async def with_return():
    async with Resource("r"):
        return "returned from body"
print(run(with_return()), log)
class NotAwaitableEnter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        return False
async def bad_enter():
    async with NotAwaitableEnter():
        pass
try:
    run(bad_enter())
except TypeError as e:
    print(type(e).__name__, e)
