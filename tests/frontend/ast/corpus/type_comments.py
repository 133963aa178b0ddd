# Type comments are ignored by ast.parse without type_comments=True.
def f(a, b):  # type: (int, str) -> None
    pass
def g(
    a,  # type: int
    b,  # type: str
):
    # type: (...) -> None
    pass
x = 1  # type: int
for i in y:  # type: int
    pass
with open("f") as f:  # type: IO[str]
    pass
import os  # type: ignore
z = []  # type: ignore[assignment]
# type: ignore
