def f(seq):
    a, *b = seq
    *c, d = seq
    e, *f_, g = seq
    h = [*seq, *seq]
    i = (*seq, 1)
    j = {*seq}
    k = {**{}, "x": 1}
    return a, b, c, d, e, f_, g, h, i, j, k
