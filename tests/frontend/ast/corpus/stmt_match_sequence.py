match x:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case a, b:
        pass
    case [a, b, c]:
        pass
    case (a, b, *rest):
        pass
    case [*_, last]:
        pass
    case first, *_:
        pass
    case *a, b:
        pass
    case [a, [b, c], (d, e)]:
        pass
    case [1, "two", None, *others]:
        pass
    case (a):
        pass
    case ([a, b]):
        pass
match x,:
    case _: pass
match x, y:
    case 1, 2: pass
match *x, y:
    case _: pass
