def f[T = int](): pass
def f[T: int = bool](): pass
def f[T: (int, str) = int](): pass
def f[*Ts = *tuple[int, str]](): pass
def f[**P = [int, str]](): pass
def f[**P = ...](): pass
def f[T, U = T](): pass
class C[T = int]: pass
class C[T = int, *Ts = *tuple[()], **P = ...]: pass
class C[T: object = None]: pass
type A[T = int] = list[T]
type B[*Ts = *tuple[int, ...]] = tuple[*Ts]
type C[**P = [int]] = Callable[P, None]
