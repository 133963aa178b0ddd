# Decorators taking arguments and decorators with state.
def repeat(n):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'), hello.__name__)

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

calls = 0
@memo
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), calls, len(fib.cache))

def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.count += 1
        return fn(*a, **k)
    wrapper.count = 0
    return wrapper

@count_calls
def noop():
    pass
for _ in range(5):
    noop()
print(noop.count)

def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for i, (arg, ty) in enumerate(zip(args, types)):
                if not isinstance(arg, ty):
                    raise TypeError(f'argument {i} must be {ty.__name__}, not {type(arg).__name__}')
            return fn(*args)
        return wrapper
    return deco

@validate(int, str)
def pair(a, b):
    return a, b
print(pair(1, 'x'))
try:
    pair('1', 'x')
except TypeError as e:
    print(type(e).__name__, e)
def prefix(p):
    return lambda fn: lambda *a: p + fn(*a)
@prefix('<')
@prefix('[')
def word(w):
    return w
print(word('x'))
# decorating methods
def logged(fn):
    def wrapper(self, *a):
        return f'{type(self).__name__}.{fn.__name__}{a} -> {fn(self, *a)}'
    return wrapper
class K:
    @logged
    def m(self, x):
        return x * 2
print(K().m(21))
