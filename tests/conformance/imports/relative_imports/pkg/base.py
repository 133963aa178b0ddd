BASE = "base value"
def describe():
    return f"base in {__name__} (package {__package__})"
