def f(a, b):
    empty = ([], {}, (), set())
    lst = [a, b, 1]
    tup = (a, b)
    dct = {"a": a, "b": b}
    const_keys = {1: a, 2: b, 3: a}
    st = {a, b}
    big = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17, 18: 18}
    return empty, lst, tup, dct, const_keys, st, big
