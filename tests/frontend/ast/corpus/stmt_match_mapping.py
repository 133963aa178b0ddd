match m:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1, "b": b}:
        pass
    case {"a": 1, **rest}:
        pass
    case {**rest}:
        pass
    case {1: x, 2.0: y, -3: z, 1j: w, b"k": v, None: n, True: t}:
        pass
    case {K.A: a, K.B.C: b}:
        pass
    case {"nested": {"deep": [x, *_]}, **kw}:
        pass
    case {"a": 1 | 2, "b": (c as d)}:
        pass
