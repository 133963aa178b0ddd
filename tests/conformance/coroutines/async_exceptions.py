# Exceptions across awaits: propagation, chaining, finally, except* inside coroutines.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def fail(msg):
    raise ValueError(msg)
async def middle():
    try:
        await fail("deep")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
async def top():
    try:
        await middle()
    except RuntimeError as e:
        return f"{e} <- {e.__cause__}"
print(run(top()))
log = []
async def with_finally():
    try:
        await fail("x")
    finally:
        log.append("finally ran")
try:
    run(with_finally())
except ValueError as e:
    print("escaped:", e, log)
async def group():
    errors = []
    for m in ["a", "b"]:
        try:
            await fail(m)
        except ValueError as e:
            errors.append(e)
    errors.append(KeyError("k"))
    raise ExceptionGroup("many", errors)
async def star():
    try:
        await group()
    except* ValueError as g:
        print("  values:", [str(e) for e in g.exceptions])
    except* KeyError as g:
        print("  keys:", [repr(e) for e in g.exceptions])
    return "star done"
print(run(star()))
async def context():
    try:
        await fail("first")
    except ValueError:
        await fail("second")
try:
    run(context())
except ValueError as e:
    print(e, "context:", e.__context__)
async def stop_iteration_inside():
    raise StopIteration("sneaky")
try:
    run(stop_iteration_inside())
except RuntimeError as e:
    print(type(e).__name__, e)
async def returns_exception():
    return ValueError("returned, not raised")
print(repr(run(returns_exception())))
