@d
def f(): pass
@d.e.f
def f(): pass
@d(1, x=2)
def f(): pass
@d[0]
def f(): pass
@d[0](1)
class C: pass
@(lambda f: f)
def f(): pass
@x if y else z
def f(): pass
@a @ b
def f(): pass
@(yield)
def f(): pass
@x := y
def f(): pass
@a or b
def f(): pass
@not_a_call()()
@stacked
@three
async def f(): pass
@property
def f(self): pass
@f.setter
def f(self, v): pass
@functools.lru_cache(maxsize=None)
def f(): pass
@[d][0]
class C: pass
