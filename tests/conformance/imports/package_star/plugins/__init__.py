print("plugins: init")
__all__ = ["csv_plugin", "json_plugin", "VERSION"]
VERSION = "1.0"
registry = []
def register(name):
    registry.append(name)
    return name
