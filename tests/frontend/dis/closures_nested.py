def a(p):
    def b(q):
        def c(r):
            return p + q + r
        return c
    return b

def cell_param(x):
    def get():
        return x
    x = x + 1
    return get
