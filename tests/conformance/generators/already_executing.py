# "generator already executing" and gi_running.
def self_next():
    yield next(g)
g = self_next()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
def observe():
    print("  running inside:", gen.gi_running)
    yield 1
gen = observe()
print("before:", gen.gi_running)
next(gen)
print("paused:", gen.gi_running)
list(gen)
print("finished:", gen.gi_running)
def self_send():
    yield h.send(None)
h = self_send()
try:
    h.send(None)
except ValueError as e:
    print(type(e).__name__, e)
def self_throw():
    yield k.throw(KeyError("x"))
k = self_throw()
try:
    next(k)
except ValueError as e:
    print(type(e).__name__, e)
def self_close():
    yield c.close()
c = self_close()
try:
    next(c)
except ValueError as e:
    print(type(e).__name__, e)
def g2():
    yield 1
    yield 2
x = g2()
print(x.gi_suspended, x.gi_frame is not None)
next(x)
print(x.gi_suspended)
list(x)
print(x.gi_suspended, x.gi_frame)
print(x.gi_yieldfrom)
def deleg():
    yield from g2()
d = deleg()
next(d)
print(type(d.gi_yieldfrom).__name__)
