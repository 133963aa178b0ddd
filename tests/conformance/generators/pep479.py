# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("inner")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), e.__suppress_context__)
def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__, e)
def safe_next(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe_next(iter([1, 2, 3]))))
def sub_stop():
    yield 1
    raise StopAsyncIteration()
try:
    list(sub_stop())
except RuntimeError as e:
    print("StopAsyncIteration in sync gen:", type(e).__name__, e)
except StopAsyncIteration:
    print("StopAsyncIteration escaped")
class MyStop(StopIteration):
    pass
def raises_subclass():
    raise MyStop
    yield
try:
    next(raises_subclass())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def returns():
    yield 1
    return 2
print(list(returns()))
g = (next(iter([])) for _ in range(3))
try:
    list(g)
except RuntimeError as e:
    print("genexp:", e)
def catches_own():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside"
print(list(catches_own()))
