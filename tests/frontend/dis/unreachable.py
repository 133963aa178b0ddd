def f(x):
    return x
    print("never")

def g():
    raise ValueError
    x = 1

def h():
    while True:
        pass
    return 1

def i(x):
    if 0:
        print("dead")
    if 1:
        return x
    return None
