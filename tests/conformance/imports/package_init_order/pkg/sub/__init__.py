print("pkg/sub/__init__: executing, __name__ =", __name__, "__package__ =", __package__)
