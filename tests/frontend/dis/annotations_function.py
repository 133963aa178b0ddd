def f(a: int, b: str = "s", *args: int, c: float = 1.0, **kw: object) -> bool:
    local: int = 1
    return True

def g(x: "Later") -> "Later":
    return x
