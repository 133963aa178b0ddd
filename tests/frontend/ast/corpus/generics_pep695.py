def f[T](x: T) -> T: return x
def f[T: int](x: T) -> T: return x
def f[T: (int, str)](x: T) -> T: return x
def f[*Ts](*args: *Ts): pass
def f[**P](*args: P.args, **kwargs: P.kwargs): pass
def f[T, U: list[T], *Ts, **P](): pass
async def f[T](x: T) -> T: return x
class C[T]: pass
class C[T](Base[T]): pass
class C[T: Hashable, *Ts, **P](Generic, metaclass=M): pass
class C[T,]: pass
class C[
    T,
    U,
]:
    def method[V](self, v: V) -> T | V: ...
@decorator
class D[T: "ForwardRef"]: pass
def g[T: (yield_ := 1) if False else int](): pass
