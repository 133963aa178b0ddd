# FOR_ITER over a generator and SEND to one (yield from).
from support.forms import forms, warm


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
