# An event system built from closures, decorators and nonlocal state.
def make_bus():
    handlers = {}
    fired = 0
    def on(event, *, once=False):
        def register(fn):
            def wrapper(*args):
                if once:
                    handlers[event].remove(wrapper)
                return fn(*args)
            wrapper.__name__ = fn.__name__
            handlers.setdefault(event, []).append(wrapper)
            return fn
        return register
    def emit(event, *args):
        nonlocal fired
        fired += 1
        return [h(*args) for h in list(handlers.get(event, ()))]
    def stats():
        return fired, {k: [h.__name__ for h in v] for k, v in handlers.items()}
    return on, emit, stats

on, emit, stats = make_bus()
log = []

@on('save')
def audit(name):
    log.append('audit ' + name)
    return 'audited'

@on('save', once=True)
def first_save(name):
    return 'first save of ' + name

@on('load')
def loader(name):
    return name.upper()

print(emit('save', 'a.txt'))
print(emit('save', 'b.txt'))
print(emit('load', 'c.txt'), emit('missing'))
print(log, stats())

def make_throttle(limit):
    calls = []
    def throttle(fn):
        def inner(*a):
            if len(calls) >= limit:
                return f'throttled {fn.__name__}'
            calls.append(a)
            return fn(*a)
        return inner
    return throttle, calls

throttle, calls = make_throttle(2)
@throttle
def ping(n):
    return f'pong {n}'
print([ping(i) for i in range(4)], calls)

def memo_counter():
    cache = {}
    hits = misses = 0
    def lookup(key, compute):
        nonlocal hits, misses
        if key in cache:
            hits += 1
        else:
            misses += 1
            cache[key] = compute(key)
        return cache[key]
    return lookup, lambda: (hits, misses, sorted(cache))
lookup, info = memo_counter()
print([lookup(k, lambda v: v * 2) for k in (1, 2, 1, 3, 2, 1)], info())
