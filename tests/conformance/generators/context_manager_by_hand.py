# A generator-based context manager written by hand (what contextlib does, without it).
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(fn):
    return lambda *a, **k: GeneratorCM(fn(*a, **k))
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print("  suppressed", type(e).__name__, e)
with tag("div") as t:
    print("  inside", t)
    with tag("span"):
        print("    nested")
with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
try:
    with tag("p"):
        raise ValueError("escapes")
except ValueError as e:
    print("propagated:", e)
@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted in the context manager")
try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields() as v:
        print("value", v)
except RuntimeError as e:
    print(type(e).__name__, e)
