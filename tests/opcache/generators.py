# FOR_ITER over a generator and SEND to one (yield from).
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)

def gen(n):
    for i in range(n):
        yield i


def consume():
    for x in gen(3):
        pass


def delegate():
    yield from gen(3)


def run_delegate():
    for x in delegate():
        pass


warm(consume)
print("for over a generator:", forms(consume, "FOR_ITER"))
warm(run_delegate)
print("yield from:", forms(delegate, "SEND"))
