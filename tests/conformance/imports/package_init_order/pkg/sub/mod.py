print("pkg/sub/mod: executing, __name__ =", __name__, "__package__ =", __package__)
def hello():
    return "hello from pkg.sub.mod"
