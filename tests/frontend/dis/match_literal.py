def f(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case "s":
            return "string"
        case -1.5:
            return "float"
        case _:
            return "other"
