def f(a, b):
    with a as x, b as y:
        return x + y

def g(a, b):
    with (
        a as (p, q),
        b,
    ):
        return p
