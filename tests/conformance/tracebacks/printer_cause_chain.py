# check: stderr
# raise ... from ...: causes without tracebacks, a chain of three, and a cause hiding the context.
def load(name):
    low = OSError("disk unavailable")
    mid = LookupError("no entry for " + name)
    mid.__cause__ = low
    raise RuntimeError("cannot load " + name) from mid


print("loading")
load("config")
