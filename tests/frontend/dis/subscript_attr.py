def f(o, k):
    a = o.x
    b = o.x.y.z
    c = o[k]
    d = o[0][1]
    o.x = a
    o[k] = b
    return a, b, c, d
