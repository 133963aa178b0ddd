# Function attributes: __name__, __qualname__, __module__, __doc__, __defaults__.
def top(a, b=1, *args, c, d=2, **kw):
    "Top-level docstring."
    return a

print(top.__name__, top.__qualname__, top.__module__)
print(top.__doc__)
print(top.__defaults__, top.__kwdefaults__)
print(type(top).__name__)

def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)

def doc_not_first():
    x = 1
    "not a docstring"
print(doc_not_first.__doc__)

def multi():
    """Line one.

        Indented line.
    Last line.
    """
print(repr(multi.__doc__))

def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner

print(outer().__qualname__)
print(outer()().__qualname__)
print(outer()().__name__)

class C:
    def method(self):
        def local():
            pass
        return local
    class Nested:
        def deep(self):
            pass
    lam = lambda self: 0

print(C.method.__qualname__, C().method().__qualname__)
print(C.Nested.deep.__qualname__, C.Nested.__qualname__)
print(C.lam.__qualname__, C.lam.__name__)
print((lambda: 0).__qualname__)
print(outer.__code__.co_name)

top.__name__ = 'renamed'
top.__qualname__ = 'Some.qual'
print(top.__name__, top.__qualname__)
top.__doc__ = 'new doc'
print(top.__doc__)
try:
    top.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    top.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    del top.__name__
except TypeError as e:
    print(type(e).__name__, e)
top.__module__ = 'elsewhere'
print(top.__module__)
