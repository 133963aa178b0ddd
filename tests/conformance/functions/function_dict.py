# Arbitrary attributes on functions: __dict__.
def f():
    return f.calls

f.calls = 0
f.calls += 1
print(f(), f.__dict__)
f.tag = 'x'
print(sorted(f.__dict__))
print(vars(f) is f.__dict__)
del f.tag
print(f.__dict__)
try:
    del f.tag
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, 'missing', 'default'))
print(hasattr(f, 'calls'), hasattr(f, '__call__'))

f.__dict__ = {'a': 1}
print(f.a, f.__dict__)
try:
    f.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)

def counter():
    counter.n = getattr(counter, 'n', 0) + 1
    return counter.n
print(counter(), counter(), counter())

def g():
    pass
g.__dict__['direct'] = 42
print(g.direct)
setattr(g, 'via_setattr', [1])
print(g.via_setattr)

# builtin functions have no __dict__
try:
    len.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(len.__dict__)
except AttributeError as e:
    print(type(e).__name__, e)

# bound methods forward attribute reads to the function
class C:
    def m(self):
        pass
C.m.marker = 'yes'
print(C().m.marker)
try:
    C().m.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(len.__name__, len.__qualname__, len.__module__)
print(print.__name__, [].append.__qualname__, str.upper.__qualname__)
