def f(data):
    return sum(x * x for x in data)

def g(data):
    gen = (x for x in data if x > 0)
    return list(gen)
