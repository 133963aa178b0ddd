# Evaluation order at call sites.
log = []
def trace(label, value=None):
    log.append(label)
    return value

def target(*args, **kwargs):
    return len(args), sorted(kwargs)

class Obj:
    def method(self, *a):
        return a

def get_func():
    log.append('function expression')
    return target

get_func()(trace('arg1', 1), trace('arg2', 2), k=trace('kw', 3))
print(log)
log.clear()

get_func()(*trace('star', [1]), trace('after star', 2), **trace('dstar', {'x': 1}), y=trace('y', 2))
print(log)
log.clear()

def obj():
    log.append('obj')
    return Obj()
obj().method(trace('m1'), trace('m2'))
print(log)
log.clear()

# an exception in an argument stops evaluation of the rest and the call
def boom():
    log.append('boom')
    raise ValueError('stop')
try:
    target(trace('a'), boom(), trace('never'))
except ValueError as e:
    print(type(e).__name__, e, log)
log.clear()

# the callee is evaluated before arguments even when it is not callable
try:
    trace('not callable', 5)(trace('arg evaluated anyway'))
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()

# keyword argument values are evaluated left to right
target(b=trace('b'), a=trace('a'), **{trace('key', 'c'): trace('val')})
print(log)
log.clear()

# default arguments are not re-evaluated
def with_default(x=trace('default evaluated at def time')):
    return x
with_default(); with_default()
print(log)
log.clear()

# nested calls: innermost first
target(target(trace('inner1')), target(trace('inner2')))
print(log)
print(target(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
