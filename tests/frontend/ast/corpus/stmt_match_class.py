match p:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(0, y=0):
        pass
    case Point(x, y=y):
        pass
    case mod.Point(x=[a, b]):
        pass
    case a.b.C(d.E(), f=G(h=1)):
        pass
    case int(i) | float(i):
        pass
    case str() as s:
        pass
    case C(a, b, c, d=1, e=2,):
        pass
    case C([*_], {**rest}):
        None if False else ...
    case D(C(a, [b]), E(f=(g | h)), i=j.k):
        pass
