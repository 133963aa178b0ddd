import enum

class Color(enum.Enum):
    RED = 1

def f(x):
    match x:
        case None:
            return 0
        case True:
            return 1
        case False:
            return 2
        case Color.RED:
            return 3
        case 1 + 2j:
            return 4
