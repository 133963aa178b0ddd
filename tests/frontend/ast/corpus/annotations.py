# Annotations of every kind.
x: int
x: int = 1
x: "forward"
x: list[int] = []
x: dict[str, list[tuple[int, ...]]] = {}
x: int | None = None
x: Callable[[int, str], bool]
x: Callable[..., None]
x: Annotated[int, "meta", 1 + 2]
x: Literal["a", "b"]
x: tuple[()] = ()
x: lambda: int
x: (yield_)
x: 1 if a else 2
(x): int = 1
x.attr: int = 1
x[0]: int = 1
x.a.b: int
def f(a: int, b: str = "s", *args: int, c: "C", d: list[int] = [], **kwargs: float) -> bool: pass
def f(a: int, /, b: int) -> "Return": pass
def f(*args: *Ts): pass
def f(*args: *tuple[int, ...]): pass
def f() -> tuple[int, *Ts]: pass
def f(x: (int)) -> (str): pass
async def f(x: Awaitable[int]) -> None: pass
class C:
    a: int
    b: ClassVar[int] = 0
    c: Final = 1
    def m(self: Self, other: "C") -> Self: ...
for x in y:
    z: int = x
lambda x: x
def f():
    local: int = 1
    nonlocal_like: str
