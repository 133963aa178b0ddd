# Default argument values: evaluated once, mutable sharing.
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe(1), safe(2))

counter = 0
def make_default():
    global counter
    counter += 1
    return counter

def f(a=make_default(), b=make_default()):
    return a, b

print(f(), f(), counter)

def g(d={}):
    d['n'] = d.get('n', 0) + 1
    return d['n']

print(g(), g(), g({}), g())

# defaults can be replaced via __defaults__
def h(a, b=1, c=2):
    return a, b, c

print(h(0))
h.__defaults__ = (10, 20)
print(h(0))
h.__defaults__ = (5,)
print(h(0, 1))
try:
    print(h(0))
except TypeError as e:
    print(type(e).__name__, e)
h.__defaults__ = None
try:
    h(0, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)

# defaults referencing earlier names at def time
x = 5
def k(v=x):
    return v
x = 6
print(k())

# default evaluated in enclosing scope
def outer():
    y = 'outer'
    def inner(v=y):
        return v
    return inner
print(outer()())
