from __future__ import annotations

x: int = 1

def f(a: list[int]) -> dict[str, int]:
    return {}

class C:
    y: C | None = None
