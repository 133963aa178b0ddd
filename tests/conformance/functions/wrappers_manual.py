# Writing functools-style wrappers by hand.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')

def wraps(wrapped):
    def deco(wrapper):
        for attr in WRAPPER_ASSIGNMENTS:
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco

def timed(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        wrapper.runs += 1
        return fn(*a, **k)
    wrapper.runs = 0
    return wrapper

@timed
def compute(x):
    """Compute something."""
    return x ** 2

compute.extra = 'e'
print(compute(4), compute(5), compute.runs)
print(compute.__name__, compute.__qualname__, compute.__doc__, compute.__module__)
print(compute.__wrapped__(3), compute.__wrapped__.__name__)

def partial(fn, *pargs, **pkw):
    def call(*a, **k):
        return fn(*pargs, *a, **{**pkw, **k})
    call.func = fn
    call.args = pargs
    call.keywords = pkw
    return call

def power(base, exp, mod=None):
    return pow(base, exp, mod)

square = partial(power, exp=2)
print(square(7), square(7, mod=5), square.args, square.keywords)
two_to = partial(power, 2)
print(two_to(10), two_to(exp=5))
try:
    two_to(3, exp=4)
except TypeError as e:
    print(type(e).__name__, e)
def reduce(fn, seq, *init):
    it = iter(seq)
    if init:
        acc = init[0]
    else:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    for x in it:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8)))
print(reduce(lambda a, b: a + b, [], 'init'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def cache(fn):
    store = {}
    def inner(*a):
        if a in store:
            return store[a]
        store[a] = r = fn(*a)
        return r
    inner.size = lambda: len(store)
    return inner
@cache
def slow_add(a, b):
    return a + b
print(slow_add(1, 2), slow_add(1, 2), slow_add(2, 1), slow_add.size())
