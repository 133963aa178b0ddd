type A = int
type B = list[int]
type C[T] = list[T]
type D[T: int] = T
type E[T: (int, str)] = T
type F[*Ts] = tuple[*Ts]
type G[**P] = Callable[P, int]
type H[T, *Ts, **P] = tuple[T, *Ts, P]
type I[T = int] = T
type J[T: int = bool, *Ts = *tuple[int], **P = [int, str]] = J
type K = "forward"
type L = int | str | None
type Recursive = list[Recursive] | int
class C:
    type Nested = int
def f():
    type Local[X] = dict[str, X]
    return Local
type \
    Continued = 1
