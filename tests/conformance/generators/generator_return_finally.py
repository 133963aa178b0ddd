# return inside generators with try/finally; finally yielding; return values.
def ret_in_try():
    try:
        yield 1
        return "from try"
    finally:
        print("  finally after return")
g = ret_in_try()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "finally yields"
print(list(yield_in_finally()))
g = yield_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def early_return(n):
    for i in range(n):
        if i == 2:
            return f"stopped at {i}"
        yield i
def collect(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as e:
            return out, e.value
print(collect(early_return(5)), collect(early_return(1)))
def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
        yield "between"
    finally:
        print("  outer finally")
for v in nested_finally():
    print(v)
def return_none():
    yield
    return
print(collect(return_none()))
def bare_return_only():
    return 5
    yield
print(collect(bare_return_only()))
def exception_in_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
g = exception_in_finally()
next(g)
try:
    next(g)
except KeyError as e:
    print("finally error surfaced on resume:", e)
