def f(): pass
def f(a): pass
def f(a, b=1): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b=1, /, c=2): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs): pass
def f(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: object) -> None: pass
def f(a,): pass
def f(a, *, b,): pass
def f(*args,): pass
def f(**kw,): pass
def f(a=lambda: 1, b=[x for x in y]) -> (lambda: int): pass
def f(
    a,
    b,
):
    """Docstring."""
    return a + b
def outer():
    def inner():
        def innermost():
            return 1
        return innermost
    return inner
def gen():
    yield
    yield 1
    x = yield 2
    yield from range(3)
