# Runs the same work repeatedly for about 3 seconds so that the eval loop moves from its precompiled
# copy to the JIT-compiled one in the middle (PROTOPY_LOOP_TIERUP_MS); every round must agree.
import time


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


def squares(n):
    for i in range(n):
        yield i * i


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    p = Point(0, 0)
    for i in range(200):
        p = p + Point(i, -i)
    total = sum(squares(300)) + fib(15)
    try:
        {}["missing"]
    except KeyError as e:
        total += len(str(e))
    return (p.x, p.y, total)


first = work()
rounds = 1
start = time.perf_counter()
while time.perf_counter() - start < 3.0:
    assert work() == first
    rounds += 1
print("result", first, "rounds > 1:", rounds > 1)
