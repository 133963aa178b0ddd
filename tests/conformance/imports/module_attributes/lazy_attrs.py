computed = []
def __getattr__(name):
    if name.startswith("dyn_"):
        computed.append(name)
        return name[4:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["custom", "dir", "listing"]
