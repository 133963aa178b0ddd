# globals()/locals() dict behaviour, id-free identity checks, object(), hash/type/print basics.
x = 1
g = globals()
print(g["x"], "x" in g, g is globals(), type(g).__name__, "__name__" in g, g["__name__"])
g["injected"] = 42
print(injected)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1), f(1, b=5))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter()
print(inc(), inc(), inc())
o1, o2 = object(), object()
print(o1 is o1, o1 is o2, o1 == o2, o1 != o2, type(o1).__name__, hash(o1) == hash(o1))
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)(), type(...)(), type(NotImplemented).__name__, bool(NotImplemented) if False else "")
print(__name__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
print(callable(globals), sorted(k for k in dir() if not k.startswith("_"))[:6])
print(abs.__name__, print.__module__ if hasattr(print, "__module__") else "")
print(max.__name__, type(max).__name__, isinstance(len, type(abs)))
