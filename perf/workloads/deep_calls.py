# name: deep_calls
# tags: calls, arguments, recursion
# size: 80000 rounds of a 20-deep keyword-argument call chain plus 24 mixed small calls per round
# description: Many small Python-to-Python calls: defaults, keyword and keyword-only arguments, positional-only parameters, *args/**kwargs forwarding, closures, deep call chains.
# result: a checksum of all call results and the number of calls through the forwarding wrapper


calls = 0


def counted(fn):
    """A forwarding wrapper: every call goes through *args and **kwargs."""
    def wrapper(*args, **kwargs):
        global calls
        calls += 1
        return fn(*args, **kwargs)
    return wrapper


def clamp(x, lo=0, hi=255):
    return lo if x < lo else hi if x > hi else x


def scale(x, *, factor=2, offset=0):
    return x * factor + offset


def mix(a, b, /, weight=1, *, bias=0):
    return (a * weight + b) + bias


def total(*values, start=0):
    for v in values:
        start += v
    return start


def options(x, **kwargs):
    return x + len(kwargs) + kwargs.get("extra", 0)


@counted
def wrapped(a, b=1, *, c=2):
    return a + b * c


def make_adder(n):
    def add(x, step=1):
        return x + n * step
    return add


ADDERS = [make_adder(n) for n in range(4)]


def chain(depth, value, *, step=1, limit=1000):
    """Each level calls the next with keyword arguments, 20 frames deep."""
    if depth == 0:
        return clamp(value, hi=limit)
    return chain(depth - 1, value + step, step=step, limit=limit) + 1


def sum_to(n, acc=0):
    if n == 0:
        return acc
    return sum_to(n - 1, acc=acc + n)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, y=self.y + dy)

    def dot(self, other, *, scale=1):
        return (self.x * other.x + self.y * other.y) * scale


def one_round(r):
    acc = chain(20, r % 300, step=1 + r % 3, limit=500)
    acc += clamp(r) + clamp(r, 10) + clamp(r, hi=99) + clamp(x=r, lo=5, hi=50)
    acc += scale(r) + scale(r, factor=3) + scale(r, offset=7, factor=1)
    acc += mix(r, 2) + mix(r, 3, 4) + mix(r, 5, weight=2, bias=1)
    acc += total(1, 2, 3) + total(r, r, start=1) + total()
    acc += options(r) + options(r, extra=5, other=1) + options(r, **{"extra": 2})
    acc += wrapped(r) + wrapped(r, 2) + wrapped(r, b=3, c=4)
    for add in ADDERS:
        acc = add(acc) if r & 1 else add(acc, step=2)
    p = Point(r, y=2).moved(dy=3).moved(1)
    acc += p.dot(Point(1, 1)) + p.dot(p, scale=2)
    acc += sum_to(15)
    return acc


def main(rounds):
    checksum = 0
    for r in range(rounds):
        checksum = (checksum * 31 + one_round(r)) % 1000000007
    return checksum


ROUNDS = 80000
checksum = main(ROUNDS)
print(f"deep_calls {ROUNDS}: checksum {checksum}, wrapped calls {calls}")
