# Basic __annotations__ on functions.
def f(a: int, b: str = 'x', *args: float, c: bool, **kw: 'anything') -> list:
    return [a, b]

print(f.__annotations__)
print(list(f.__annotations__))
print(f.__annotations__['return'])

def g(a, b):
    pass
print(g.__annotations__)

def h(x: 'a string annotation') -> None:
    pass
print(h.__annotations__)

def nested() -> int:
    def inner(y: float) -> float:
        return y
    return inner
print(nested().__annotations__)
print(nested.__annotations__)

g.__annotations__ = {'a': str}
print(g.__annotations__)
g.__annotations__['b'] = bytes
print(g.__annotations__)

lam = lambda x: x
print(lam.__annotations__)

class C:
    def m(self, other: 'C') -> 'C':
        return self
print(C.m.__annotations__)

def with_expr(x: 1 + 2, y: [int, str]) -> (lambda: 0) is None:
    pass
print(with_expr.__annotations__)

# annotations don't affect calls
print(f('not int', 2, c=None))
try:
    g.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(f.__annotations__).__name__)
