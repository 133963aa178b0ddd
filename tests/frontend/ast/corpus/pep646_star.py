# PEP 646: starred expressions in subscripts and *args annotations.
def f(*args: *Ts): pass
def f(*args: *tuple[int, ...]): pass
def f(*args: *tuple[int, *Ts]): pass
x: tuple[*Ts]
x: tuple[int, *Ts]
x: tuple[*Ts, int]
x: Array[*Shape, Dtype]
y = t[*a]
y = t[*a, *b]
y = t[1, *a, 2]
y = t[*a,]
class C(Generic[*Ts]): pass
type A = tuple[*Ts]
