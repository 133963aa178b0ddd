# check: stderr
# Tracebacks through decorator wrappers, closures and functools-free partials.
def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper
def retry(times):
    def decorate(fn):
        def wrapper(*args):
            last = None
            for attempt in range(times):
                try:
                    return fn(*args)
                except KeyError as e:
                    print("attempt", attempt, "failed with", e)
                    last = e
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return decorate
table = {"a": 1}
@logged
def get(key):
    return table[key]
@retry(2)
@logged
def fetch(key):
    return get(key) * 10
def partial(fn, *bound):
    return lambda *rest: fn(*bound, *rest)
print(get("a"), fetch("a"))
double_get = partial(lambda k, m: get(k) * m, "a")
print(double_get(2))
fetch("missing")
