# Functions defined conditionally, in loops, and redefined.
import sys

if sys.maxsize > 0:
    def chosen():
        return 'first branch'
else:
    def chosen():
        return 'second branch'
print(chosen())

funcs = []
for i in range(3):
    def f(x, i=i):
        return x * i
    funcs.append(f)
print([fn(10) for fn in funcs], funcs[0] is funcs[1], funcs[0].__name__, funcs[0].__qualname__)

def first():
    return 1
keep = first
def first():
    return 2
print(keep(), first(), keep is first, keep.__name__ == first.__name__)

def factory(kind):
    if kind == 'add':
        def op(a, b):
            return a + b
    elif kind == 'mul':
        def op(a, b):
            return a * b
    else:
        op = None
    return op
print(factory('add')(3, 4), factory('mul')(3, 4), factory('other'))

def recursive_inner(n):
    def helper(k):
        return 1 if k <= 1 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(6))

def make_pair():
    def ping(n):
        return 'done' if n == 0 else pong(n - 1)
    def pong(n):
        return 'done' if n == 0 else ping(n - 1)
    return ping
print(make_pair()(5))

def deep(n):
    if n == 0:
        return lambda: 'bottom'
    def level():
        return deep(n - 1)()
    return level
print(deep(5)())

def uses_later():
    return later_defined()
try:
    uses_later()
except NameError as e:
    print(type(e).__name__, e)
def later_defined():
    return 'now defined'
print(uses_later())

def with_del():
    def temp():
        return 1
    del temp
    try:
        return temp()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(with_del())
