# Creating function objects from code objects with type(f)(...).
FunctionType = type(lambda: 0)

def template(a, b=2):
    return a + b + OFFSET

OFFSET = 100
g = FunctionType(template.__code__, {'OFFSET': 1})
print(g(1, 2), template(1))
print(g.__name__, g.__defaults__, g.__module__)
h = FunctionType(template.__code__, {'OFFSET': 0}, 'renamed', (10,))
print(h(1), h.__name__, h.__qualname__, h.__defaults__)
try:
    g.__defaults__ = (5,)
    print(g(1))
    g.__defaults__ = None
    g(1)
except TypeError as e:
    print(type(e).__name__, e)

def t(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError, NameError) as e:
        print(type(e).__name__, e)

t(lambda: FunctionType(template.__code__, {})(1))
t(lambda: FunctionType(template.__code__, None))
t(lambda: FunctionType(5, {}))
t(lambda: FunctionType(template.__code__, {}, 5))
t(lambda: FunctionType(template.__code__, {}, None, 5))

def outer():
    v = 'cell value'
    def inner():
        return v
    return inner
inner = outer()
t(lambda: FunctionType(inner.__code__, {}))
t(lambda: FunctionType(inner.__code__, {}, None, None, inner.__closure__)())
t(lambda: FunctionType(template.__code__, {}, None, None, inner.__closure__))

print(type(g).__name__, FunctionType.__name__, FunctionType.__module__)
try:
    class Sub(FunctionType):
        pass
except TypeError as e:
    print(type(e).__name__, e)

k = FunctionType(template.__code__, globals(), kwdefaults={'x': 1})
print(k.__kwdefaults__, k(1, 1))
code = compile('result = 6 * 7', '<generated>', 'exec')
ns = {}
exec(code, ns)
print(ns['result'], code.co_filename, code.co_name)
expr = eval(compile('lambda q: q * 2', '<expr>', 'eval'))
print(expr(21), expr.__name__, expr.__code__.co_filename)
