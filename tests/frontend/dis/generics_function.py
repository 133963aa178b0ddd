def first[T](xs: list[T]) -> T:
    return xs[0]

def bounded[T: int, *Ts, **P](x: T) -> T:
    return x

def constrained[S: (int, str) = int](s: S) -> S:
    return s
