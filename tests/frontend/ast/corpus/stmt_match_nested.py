def handle(command):
    match command.split():
        case [action]:
            match action:
                case "quit" | "exit":
                    return None
                case _:
                    return action
        case [action, obj]:
            match obj:
                case {"kind": "door", "state": ("open" | "closed") as state, **rest}:
                    return state, rest
                case Door(name=str(name), locks=[Lock(code=code), *more]):
                    return name, code, more
        case ["go", ("north" | "south" | "east" | "west") as direction, *_]:
            return direction
        case [Point(x=0, y=0), {"a": [1, 2, {"b": (3 | 4)}]}]:
            return 0
        case _:
            match (1, 2):
                case (a, b) if a < b:
                    return a
    match = case = type = _ = 1
    return match, case, type, _
