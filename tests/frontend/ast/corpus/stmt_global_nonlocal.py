x = 0
def f():
    global x
    x = 1
def g():
    global a, b, c
    a = b = c = 1
def outer():
    y = 0
    z = 0
    def inner():
        nonlocal y
        nonlocal y, z
        y += 1
    class C:
        nonlocal z
        global x
    return inner
class K:
    global q
    q = 1
