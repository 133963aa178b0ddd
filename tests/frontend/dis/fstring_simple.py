def f(name, n):
    return f"Hello {name}, you are {n} years old"

def g(x):
    return f"{x}"
