def f():
    try:
        return 1
    finally:
        print("cleanup")

def g(x):
    try:
        if x:
            return x
    finally:
        x = 0
    return x
