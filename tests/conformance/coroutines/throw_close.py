# throw() and close() on coroutines suspended inside an awaitable.
class Pause:
    def __await__(self):
        yield "paused"
        return "resumed"
async def guarded():
    results = []
    for i in range(3):
        try:
            results.append(await Pause())
        except ValueError as e:
            results.append(f"caught {e}")
        finally:
            results.append(f"finally {i}")
    return results
c = guarded()
print(c.send(None))
print(c.throw(ValueError("v1")))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
c = guarded()
c.send(None)
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
async def cleanup():
    try:
        await Pause()
    except GeneratorExit:
        print("  coroutine got GeneratorExit")
        raise
    finally:
        print("  coroutine cleanup")
c = cleanup()
c.send(None)
print(c.close(), c.cr_frame)
async def refuses():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()
c = refuses()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
async def inner():
    try:
        await Pause()
    except TypeError:
        return "inner handled TypeError"
async def outer():
    r = await inner()
    return "outer got: " + r
c = outer()
c.send(None)
try:
    c.throw(TypeError)
except StopIteration as e:
    print(e.value)
c = outer()
try:
    c.throw(OSError("before start"))
except OSError as e:
    print("unstarted:", e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
