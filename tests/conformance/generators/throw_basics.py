# throw(): raising inside the generator at the paused yield.
def guarded():
    count = 0
    while True:
        try:
            yield count
        except ValueError as e:
            print("  generator caught ValueError:", e)
            count += 100
        count += 1
g = guarded()
print(next(g), next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished after an uncaught throw")
def fresh():
    yield 1
g = fresh()
try:
    g.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted throw:", e)
print(list(g))
g = guarded()
next(g)
print(g.throw(ValueError))
print(g.throw(ValueError("with", "args")))
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")
g = converts()
next(g)
try:
    g.throw(ZeroDivisionError())
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def returns_on_throw():
    try:
        yield 1
    except TypeError:
        return "value on throw"
g = returns_on_throw()
next(g)
try:
    g.throw(TypeError)
except StopIteration as e:
    print("StopIteration value:", e.value)
def exhausted():
    return
    yield
g = exhausted()
list(g)
try:
    g.throw(IndexError("after end"))
except IndexError as e:
    print("throw into finished:", e)
try:
    g.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
