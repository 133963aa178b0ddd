# yield from delegates send, throw and close to the subgenerator.
def inner():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except KeyError as e:
                print("  inner handled KeyError", e)
                received.append("K")
    except GeneratorExit:
        print("  inner closing with", received)
        raise
def outer():
    print("  outer start")
    result = yield from inner()
    print("  outer never resumes", result)
g = outer()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(KeyError("k")))
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print("ValueError propagated out:", e)
g = outer()
next(g)
g.send(1)
g.close()
print("closed")
def sub_catches_value():
    try:
        yield 1
    except ValueError:
        yield "sub recovered"
    yield "sub continues"
def delegator():
    try:
        yield from sub_catches_value()
    except ValueError:
        yield "outer would have caught"
    yield "delegator after"
g = delegator()
print(next(g), g.throw(ValueError), next(g), next(g))
def plain_iter_delegate():
    yield from iter([1, 2, 3])
g = plain_iter_delegate()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
g = plain_iter_delegate()
next(g)
try:
    g.throw(TypeError("into list iterator"))
except TypeError as e:
    print("thrown through:", e)
