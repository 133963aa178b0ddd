# close(): GeneratorExit at the paused yield; cleanup runs; errors when yielding.
def worker(name):
    try:
        print(" ", name, "start")
        yield 1
        yield 2
    except GeneratorExit:
        print(" ", name, "got GeneratorExit")
        raise
    finally:
        print(" ", name, "cleanup")
g = worker("a")
print(next(g))
print(g.close())
print(g.close(), "(second close is a no-op)")
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")
g = worker("b")
g.close()
print("closing an unstarted generator runs nothing")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("  swallowed, returning")
        return "ignored?"
g = swallow()
next(g)
print("close returns:", g.close())
def other_error():
    try:
        yield 1
    finally:
        raise ValueError("raised during close")
g = other_error()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def catches_base():
    while True:
        try:
            yield
        except BaseException as e:
            print("  saw", type(e).__name__)
            return
g = catches_base()
next(g)
g.close()
print("exhausted:", list(g))
def ret_value():
    try:
        yield
    except GeneratorExit:
        return 42
g = ret_value()
next(g)
print("close value:", g.close())
