# Generator functions, return values and function-level behaviour.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'done'
print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)

e = echo()
print(next(e), e.send('a'), e.send('b'))
try:
    e.send(None)
except StopIteration as s:
    print('returned', s.value)

def delegate():
    result = yield from countdown(2)
    yield result
print(list(delegate()))
print(type(countdown).__name__, type(countdown(1)).__name__)
print(countdown(1).__name__, countdown(1).__qualname__)

def early():
    return 5
    yield
print(list(early()))
try:
    next(early())
except StopIteration as s:
    print(s.value)

def closing():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

c = closing()
print(next(c))
c.close()
print('after close')

def thrower():
    try:
        yield 1
    except ValueError as err:
        yield 'caught ' + str(err)

t = thrower()
next(t)
print(t.throw(ValueError('x')))

gen_exp = (i * i for i in range(4))
print(type(gen_exp).__name__, list(gen_exp), list(gen_exp))
def running():
    yield running_gen.gi_running
running_gen = running()
print(next(running_gen))
def reenter():
    yield next(reenter_gen)
reenter_gen = reenter()
try:
    next(reenter_gen)
except ValueError as err:
    print(type(err).__name__, err)
