from . import register
print("plugins.csv_plugin: loaded")
NAME = register("csv")
