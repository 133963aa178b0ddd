def f(x):
    match x:
        case []:
            return 0
        case [a]:
            return a
        case [a, b, *rest]:
            return a + b + len(rest)
        case (first, *_, last):
            return first, last
