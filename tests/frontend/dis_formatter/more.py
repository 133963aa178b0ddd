from __future__ import annotations

value: int = 1
other: "list[str]"

def slices(seq, a, b, c):
    seq.attr = seq[a:b]
    seq[a:b] = seq[a:b:c]
    del seq.attr
    return seq[::c], seq[1:]

def calls(f, *args, **kwargs):
    f(*args, **kwargs)
    f(1, *args, key=2, **{"x": 3}, **kwargs)
    return f(a=1, b=2)

def cells():
    x = 1
    def reader():
        return x
    del x
    return reader

def maybe_unbound(flag):
    if flag:
        item = 1
    return item

def unpack(pairs):
    first, *middle, last = pairs
    (a, b), c = pairs
    return {**middle, "k": a}, [*pairs, b], (*pairs,)

class WithAnnotations:
    x: int
    y: str = "s"

def numbers():
    return 0, -1, 255, 256, 1 << 70, 0.0, -0.0, 1e300 * 10, 2j, -3-4j, float("nan")

def strings():
    return "", "'", '"', "'\"", "\\", "\t\r\x7f\x80\u00ff\u2028", "\ud800", b"", bytes(range(5))

def comparisons(a, b):
    if a < b and a is not None and b not in a:
        return a == b
    while a > b:
        a -= 1
    return not (a >= b)

del value
