def f(x):
    match x:
        case (1 | 2) as n if n > 1:
            return n
        case [a, b] if a == b:
            return a
        case str() as s:
            return s
        case other:
            return other
