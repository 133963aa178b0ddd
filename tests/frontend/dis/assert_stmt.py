def f(x):
    assert x
    assert x > 0, "must be positive"
    assert isinstance(x, int), f"got {x!r}"
    return x
