# typing: TypeVar, Generic, Protocol, get_type_hints, NamedTuple, TypedDict, Literal, overload, unions.
import typing
from typing import (Any, Annotated, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple,
                    Optional, ParamSpec, Protocol, Tuple, TypedDict, TypeVar, TypeVarTuple, Union,
                    cast, get_args, get_origin, get_type_hints, overload, runtime_checkable)

T = TypeVar('T')
K = TypeVar('K', bound=str)
N = TypeVar('N', int, float)
Co = TypeVar('Co', covariant=True)
D = TypeVar('D', default=int)
print(T, K, N, Co, D, T.__name__, T.__module__)
print(K.__bound__, N.__constraints__, Co.__covariant__, D.__default__, T.__default__, D.has_default(), T.has_default())
print(repr(typing.NoDefault), T.__bound__, T.__constraints__)
for bad in [lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int),
            lambda: TypeVar('X', covariant=True, contravariant=True), lambda: TypeVar(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Box[T], Generic[T, K]):
    pass


print(Box.__parameters__, Pair.__parameters__, Box[int], Pair[int, str])
b = Box[int](5)
print(b.get(), b.__orig_class__, type(b).__mro__)
try:
    Box[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    class Bad(TypeVar('Z')):
        pass
except TypeError as e:
    print('TypeError', e)

print(Optional[int], Union[int, str], Union[int, None, int], Union[int], int | str | None)
print(Union[int, str] == Union[str, int], Optional[List[int]], List[T][int], Dict[str, List[T]][bytes])
print(list[T][int], dict[str, T].__parameters__, tuple[int, ...], list[int] | None, (int | list[T])[str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(int | str))
print(Callable[[int, str], bool], Callable[..., Any], Tuple[int, ...], Literal[1, 'a'], ClassVar[int], Final[str])
print(Annotated[int, 'meta'], get_args(Annotated[int, 'meta']))
print(isinstance(3, int | str), isinstance(3.0, Union[int, str]), issubclass(bool, int | None))
T2 = T | None
print(T2, T2.__args__, T2.__parameters__)

P = ParamSpec('P')
print(P, P.args, P.kwargs, P.args.__origin__ is P, Callable[P, int], Callable[P, int][[str], ])
Ts = TypeVarTuple('Ts')
print(Ts, list(iter(Ts)), Tuple[*Ts], Tuple[int, *Ts][str, bytes])


class Point(NamedTuple):
    x: int
    y: int = 0


p = Point(1)
print(p, p._fields, Point.__annotations__, p._replace(y=5))


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {'title': 'x'}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class F:
    def close(self):
        pass


print(isinstance(F(), Closer), isinstance(1, Closer), Closer.__protocol_attrs__ if hasattr(Closer, '__protocol_attrs__') else None)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('a'), len(typing.get_overloads(double)))


def annotated(a: int, b: 'List[str]', c: Optional[int] = None) -> Dict[str, int]:
    return {}


print(get_type_hints(annotated))


class WithHints:
    x: int
    y: 'Box[int]'
    z: ClassVar[str] = 'z'


print(get_type_hints(WithHints))
print(cast(int, 'not an int'), typing.assert_type(3, int), typing.reveal_type is not None)
print(typing.TYPE_CHECKING, typing.AnyStr, typing.Text is str, typing.NewType('UserId', int), typing.NewType('UserId', int)(5))
