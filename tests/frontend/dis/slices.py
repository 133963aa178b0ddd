def f(s, i, j):
    a = s[1:2]
    b = s[::2]
    c = s[i:]
    d = s[:j]
    e = s[i:j:2]
    g = s[1:2, ::3]
    s[i:j] = []
    return a, b, c, d, e, g
