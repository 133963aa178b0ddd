def f(data):
    if (n := len(data)) > 10:
        return n
    while (chunk := data.pop()):
        pass
    return [y for x in data if (y := x * 2) > 0], y
