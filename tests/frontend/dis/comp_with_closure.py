def f(n):
    fs = [lambda: i + n for i in range(n)]
    return fs

def g(x):
    y = x
    return [y + z for z in range(3)]
