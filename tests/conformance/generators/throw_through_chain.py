# throw() and close() pass through several levels of yield from.
log = []
def level3():
    try:
        while True:
            try:
                x = yield "L3"
                log.append(f"L3 got {x}")
            except ValueError as e:
                log.append(f"L3 handled {e}")
                yield "L3 recovered"
    finally:
        log.append("L3 finally")
def level2():
    try:
        r = yield from level3()
        log.append(f"L2 result {r}")
    except KeyError as e:
        log.append(f"L2 handled {e!r}")
        yield "L2 recovered"
    finally:
        log.append("L2 finally")
def level1():
    try:
        yield from level2()
        yield "L1 after L2"
    except TypeError as e:
        log.append(f"L1 handled {e}")
        yield "L1 recovered"
g = level1()
print(next(g), g.send("a"))
print(g.throw(ValueError("v")), next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(g.throw(TypeError("t")))
print(log); log.clear()
g = level1()
next(g)
g.close()
print("close:", log); log.clear()
g = level1()
next(g)
try:
    g.throw(IndexError("nobody handles"))
except IndexError as e:
    print("escaped:", e, log)
def summing():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def outer():
    result = yield from summing()
    yield f"sum was {result}"
g = outer()
next(g)
for v in (1, 2, 3):
    g.send(v)
print(g.send(None))
