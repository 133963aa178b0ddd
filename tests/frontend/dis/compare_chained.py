def f(a, b, c):
    return a < b < c

def g(x):
    if 0 <= x < 10:
        return True
    return 1 < x == 2 != 3 > 0
