from . import register
print("plugins.xml_plugin: loaded on demand")
NAME = register("xml")
