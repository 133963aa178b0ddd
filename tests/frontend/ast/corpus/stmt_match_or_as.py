match x:
    case 1 | 2 | 3:
        pass
    case (1 | 2) as n:
        pass
    case [1, 2] | [3, 4] as pair:
        pass
    case {"k": 1} | {"k": 2}:
        pass
    case Point(x=0) | Point(y=0) as p:
        pass
    case ([a] | (a,)) as seq:
        pass
    case (a as b) as c:
        pass
    case [(a as b), *c]:
        pass
    case _ as anything:
        pass
    case name if name > 0:
        pass
    case [x, y] if x == y and (z := x):
        pass
    case str() | bytes():
        pass
