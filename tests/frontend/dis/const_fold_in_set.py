def f(x):
    if x in (1, 2, 3):
        return 1
    if x in [4, 5, 6]:
        return 2
    if x in {7, 8, 9}:
        return 3
    if x not in (10, 11):
        return 4
    return {1, 2, 3}
