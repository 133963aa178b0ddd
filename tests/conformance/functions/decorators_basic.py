# Hand-written decorators (no functools).
def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('ret', fn.__name__, result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b=1):
    "Adds."
    return a + b

add(2)
add(2, b=5)
print(add.__name__, add.__doc__, add.__qualname__)
print(add.__wrapped__(10, 10))

def double(fn):
    return lambda *a: fn(*a) * 2

def inc(fn):
    return lambda *a: fn(*a) + 1

@double
@inc
def five():
    return 5

@inc
@double
def five2():
    return 5
print(five(), five2())

# decorators are applied bottom-up, evaluated top-down
order = []
def named(tag):
    order.append('make ' + tag)
    def deco(fn):
        order.append('apply ' + tag)
        return fn
    return deco

@named('outer')
@named('middle')
@named('inner')
def h():
    pass
print(order)
# decorator replacing with a non-function
def to_value(fn):
    return fn()
@to_value
def computed():
    return 42
print(computed, type(computed).__name__)
# decorator expression can be arbitrary (3.9+)
decos = {'d': double}
@decos['d']
def three():
    return 3
print(three())
@(lambda fn: fn)
def ident():
    return 'ident'
print(ident())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def r1(): pass
@register
def r2(): pass
print(registry)
