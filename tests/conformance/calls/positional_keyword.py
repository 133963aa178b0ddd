# Positional and keyword arguments, mixed at the call site.
def f(a, b, c):
    return (a, b, c)

print(f(1, 2, 3))
print(f(1, 2, c=3))
print(f(1, b=2, c=3))
print(f(a=1, b=2, c=3))
print(f(c=3, b=2, a=1))
print(f(1, c=3, b=2))

def g(x, y=10, z=20):
    return x + y * 2 + z * 3

print(g(1))
print(g(1, 2))
print(g(1, 2, 3))
print(g(1, z=0))
print(g(x=5, y=0))
print(g(y=1, x=1, z=1))

def order(*args, **kwargs):
    return args, list(kwargs.items())

print(order())
print(order(1, 2))
print(order(b=1, a=2))
print(order(1, z=1, y=2, x=3))
print(order(*[1, 2], 3, *(4,), k=1, **{'j': 2}, i=3))

def nested(a, b):
    return a * 10 + b

print(nested(nested(1, 2), nested(3, 4)))
print(nested(b=nested(a=1, b=2), a=0))

# evaluation order of arguments
log = []
def v(x):
    log.append(x)
    return x

f(v(1), c=v(3), b=v(2))
print(log)
log.clear()
order(v('a'), *[v('b')], k=v('c'), **{'m': v('d')})
print(log)
