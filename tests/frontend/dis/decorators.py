import functools

def deco(f):
    return f

@deco
def f():
    pass

@functools.lru_cache(maxsize=None)
@deco
def g(x):
    return x

@deco
class K:
    @property
    def p(self):
        return 1
