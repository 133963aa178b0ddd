# A few deterministic __code__ attributes.
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    x = a + b
    def g():
        return x
    return g

co = f.__code__
print(co.co_name, co.co_qualname)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames[:9])
print(co.co_cellvars, co.co_freevars)
inner = f(1, 2, 3, e=4)
print(inner.__code__.co_freevars, inner.__code__.co_cellvars)
print(inner.__closure__[0].cell_contents)
print(type(inner.__closure__).__name__, len(inner.__closure__))
print(f.__closure__)
print(co.co_filename.endswith('code_attrs.py'))
print(co.co_firstlineno)

def gen():
    yield 1
async def coro():
    pass
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80))
print(bool(f.__code__.co_flags & 0x04), bool(f.__code__.co_flags & 0x08))

def empty():
    pass
print(empty.__code__.co_argcount, empty.__code__.co_varnames)
print(type(co).__name__)
print(f.__globals__ is globals())
print(f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True)

# replace code object between functions with the same shape
def one():
    return 1
def two():
    return 2
one.__code__ = two.__code__
print(one(), one.__name__)
def needs_cell():
    y = 1
    def h():
        return y
    return h
try:
    empty.__code__ = needs_cell().__code__
except ValueError as e:
    print(type(e).__name__, e)
