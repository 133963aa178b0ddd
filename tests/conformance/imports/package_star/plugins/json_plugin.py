from . import register
print("plugins.json_plugin: loaded")
NAME = register("json")
