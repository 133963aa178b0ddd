def f(g):
    g(a=1)
    g(1, b=2, c=3)
    print("x", end="", sep=" ")
    return g(g(1), key=lambda v: v)
