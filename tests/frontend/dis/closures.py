def outer(x):
    y = 1
    def inner(z):
        return x + y + z
    return inner

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
