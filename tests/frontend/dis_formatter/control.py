import contextlib

def tries(path):
    try:
        fh = open(path)
    except (OSError, ValueError) as e:
        print("err", e)
        raise RuntimeError("x") from e
    except Exception:
        raise
    else:
        return fh
    finally:
        print("cleanup")

def groups():
    try:
        pass
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass

def withs(a, b):
    with open(a) as f, open(b) as g:
        return f.read() + g.read()

async def agen(xs):
    async with xs as y:
        async for z in y:
            yield z
    await xs
    return

async def coro():
    r = [await q async for q in agen(1)]
    return r

def gen():
    x = yield 1
    yield from range(x)

def matcher(cmd):
    match cmd:
        case ["go", direction] if direction:
            return direction
        case {"key": value, **rest}:
            return value, rest
        case Point(x=0, y=yy) | Point(x=1, y=yy):
            return yy
        case str() as s:
            return s
        case None | True | 1.5 | -2 | "s":
            return None
        case [*_]:
            return 0
        case _:
            return -1

type Alias[T] = list[T]

def generic[T: int, *Ts, **P](a: T) -> T:
    return a

class Box[T]:
    def get(self) -> T:
        return self.item

def annotated(a: int, b: "str" = "x") -> float:
    c: int = 1
    return c

def template(name):
    return t"hello {name!r:>10}"

def many_consts():
    return (0, 1, 2)
