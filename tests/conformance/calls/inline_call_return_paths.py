# The eval loop's inline call and return paths (CALL_PY_EXACT_ARGS, RETURN_VALUE) against the
# general ones: each case below leaves the fast path in a different way, in a hot loop.
import sys


def add(a, b):
    return a + b


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def both(self, x=None):
        return x


# A site that sees the same function once as a bound method and once as a plain attribute:
# the argument count differs at the same call site.
def through(obj):
    return obj.both()


b = Box(3)
total = 0
for i in range(300):
    total += add(i, 1) + b.get()
    if i == 150:
        b.both = lambda *a: len(a)
    total += through(b) or 0
print("mixed", total)


# Frames that outlive their call: a frame object taken in the callee.
def grab():
    return sys._getframe()


frames = [grab() for _ in range(50)]
print("frames", len({id(f) for f in frames}), frames[-1].f_code.co_name)


# Deep recursion crosses data-stack chunks both ways, then hits the recursion limit.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print("depth", depth(900))
sys.setrecursionlimit(400)
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print("depth again", depth(300))


# An exception through inline frames, then calls again from the handler.
def fail(n):
    if n == 0:
        raise ValueError("bottom")
    return fail(n - 1)


for k in range(3):
    try:
        fail(20)
    except ValueError as e:
        print("caught", e, add(k, k))


# Rebinding __code__ and __defaults__ in the middle of a hot loop.
def f(x):
    return x + 1


def g(x):
    return x * 10


out = []
for i in range(200):
    out.append(f(i))
    if i == 100:
        f.__code__ = g.__code__
print("code swap", out[99:103], sum(out))


# __init__ returning a value is caught in the caller.
class Bad:
    def __init__(self):
        return 1


for _ in range(3):
    try:
        Bad()
    except TypeError as e:
        print("TypeError", e)


# Generators and calls interleaved: the generator's frame takes the general return path.
def gen(n):
    for i in range(n):
        yield add(i, i)


print("gen", sum(gen(100)), list(gen(5)))


# Locals of a finished call are cleared: a weakref to an object held only by a local dies.
import weakref, gc


class Obj:
    pass


def hold():
    o = Obj()
    return weakref.ref(o)


refs = [hold() for _ in range(20)]
gc.collect()
print("dead", sum(r() is None for r in refs))
