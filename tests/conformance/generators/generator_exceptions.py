# Exceptions raised inside a generator reach the consumer; the generator is then done.
def fragile(items):
    for x in items:
        yield 10 // x
g = fragile([5, 2, 0, 1])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("consumer caught:", e)
print("after error:", list(g))
def finally_then_error():
    try:
        yield 1
        raise ValueError("inside")
    finally:
        print("  generator finally")
try:
    for v in finally_then_error():
        print("got", v)
except ValueError as e:
    print("loop ended by", type(e).__name__, e)
def handles_and_continues(items):
    for x in items:
        try:
            yield int(x)
        except GeneratorExit:
            raise
        except Exception:
            pass
print(list(handles_and_continues(["1", "two", "3"])))
def convert(items):
    for x in items:
        try:
            yield int(x)
        except ValueError:
            yield f"bad {x!r}"
print(list(convert(["4", "x", "5"])))
def context_in_gen():
    try:
        raise KeyError("ctx")
    except KeyError:
        yield "in handler"
        raise TypeError("raised after resume")
g = context_in_gen()
print(next(g))
try:
    next(g)
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def consumer_exception():
    yield 1
    yield 2
g = consumer_exception()
try:
    for v in g:
        raise RuntimeError("consumer failed at %d" % v)
except RuntimeError as e:
    print(e, "generator still usable:", next(g))
