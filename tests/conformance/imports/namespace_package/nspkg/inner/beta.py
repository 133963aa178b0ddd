from ..alpha import NAME
def info():
    return f"beta ({__name__}) sees {NAME!r}"
