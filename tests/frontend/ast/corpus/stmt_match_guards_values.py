match command:
    case {"action": "move", "x": int(x), "y": int(y)} if x > 0 and y > 0:
        pass
    case ["load", str(path)] if path.endswith(".py"):
        pass
    case [int() | float() as n, *_] if (m := n * 2) > 10:
        pass
    case Color.RED | Color.GREEN:
        pass
    case mod.sub.CONST:
        pass
    case -0 | -0.0 | 0j | -0j:
        pass
    case "a" "b" "c":
        pass
    case {"x": {"y": {"z": [_, _, *rest]}}}:
        pass
    case (1, 2) | [3, 4] | {5: 6} | C(7) | 8 | None:
        pass
    case x if x:
        pass
