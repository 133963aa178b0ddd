type Alias = int
type ListOf[T] = list[T]
type Pair[K, V = int] = tuple[K, V]

def f():
    type Local = str
    return Local
