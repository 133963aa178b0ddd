def f(data):
    return [x * 2 for x in data if x]

squares = [n * n for n in range(10)]
