def a():
    pass

def b(x):
    if x:
        return
    x()

def c(x):
    if x:
        return None
