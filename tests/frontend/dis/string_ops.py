def f(a, b):
    s = "abc" "def"
    t = a + "x" + b
    u = "%s-%d" % (a, 1)
    v = "{} {}".format(a, b)
    w = b"bytes"
    return s, t, u, v, w
