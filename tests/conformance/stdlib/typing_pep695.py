# PEP 695/696 syntax: generic functions, classes and type aliases, lazy bounds and defaults.


def first[T](xs: list[T]) -> T:
    return xs[0]


print(first([3, 4]), first.__type_params__, first.__type_params__[0].__infer_variance__)
T, = first.__type_params__
print(repr(T), type(T).__name__, T.__module__, T.__bound__, T.__constraints__, T.__default__, T.has_default())


class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)


print(Stack.__type_params__, Stack.__parameters__, Stack.__mro__, Stack.__orig_bases__[0].__args__)
print(Stack[int].__args__, Stack[int]().items, Stack.__orig_bases__[0].__origin__)


def bounded[S: (str, bytes), B: int, *Ts, **P](a: S, b: B) -> S:
    return a


S, B, Ts, P = bounded.__type_params__
print(S, B, Ts, P, type(Ts).__name__, type(P).__name__)
print(S.__constraints__, B.__bound__, S.evaluate_constraints is not None, B.evaluate_bound(1))


def lazy[X: Undefined]():  # noqa: F821
    pass


X, = lazy.__type_params__
try:
    X.__bound__
except NameError as e:
    print('NameError', e)
Undefined = float
print(X.__bound__)


class Dflt[A = int, **Q = [float], *Bs = (str, bytes)]:
    pass


A, Q, Bs = Dflt.__type_params__
print(A.__default__, Bs.__default__, Q.__default__, A.has_default(), A.evaluate_default(1))

type IntList = list[int]
type Pairs[K, V] = dict[K, list[V]]
type Rec = list[Rec] | int
print(IntList, type(IntList).__name__, IntList.__value__, IntList.__type_params__, IntList.__module__)
print(Pairs, Pairs.__type_params__, Pairs.__parameters__, Pairs[str, int], Pairs[str, int].__origin__ is Pairs)
print(Rec.__value__, IntList | None, IntList.__name__)
try:
    IntList[int]
except TypeError as e:
    print('TypeError', e)

from typing import TypeAliasType, TypeVar
U = TypeVar('U')
Manual = TypeAliasType('Manual', list[U], type_params=(U,))
print(Manual, Manual.__value__, Manual.__type_params__, Manual[int])


class Outer:
    type Inner = int

    def method[M](self, m: M) -> M:
        return m


print(Outer.Inner, Outer.method.__type_params__, Outer.method.__qualname__)
try:
    class Sub(Stack[int], T):
        pass
except TypeError as e:
    print('TypeError', e)
