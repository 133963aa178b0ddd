def f(name, x):
    t1 = t"Hello {name}"
    t2 = t"{x!r:>10} and {x=}"
    t3 = t"plain"
    return t1, t2, t3
