def f(path):
    with open(path) as fh:
        return fh.read()

def g(lock):
    with lock:
        pass
