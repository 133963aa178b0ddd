# `from package import *` imports the submodules named in the package's __all__.
import sys
from plugins import *
print(VERSION, csv_plugin.NAME, json_plugin.NAME)
import plugins
print(plugins.registry)
print("xml loaded?", "plugins.xml_plugin" in sys.modules)
print(sorted(k for k in sys.modules if k.startswith("plugins")))
def deferred():
    from plugins import xml_plugin
    return xml_plugin.NAME
print(deferred(), plugins.registry)
print(sorted(n for n in globals() if not n.startswith("_")))
from plugins import csv_plugin as again
print(again is csv_plugin)
print([m.NAME for m in (csv_plugin, json_plugin)])
print(plugins.__all__)
try:
    from plugins import yaml_plugin
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(hasattr(plugins, "xml_plugin"), plugins.xml_plugin.NAME)
print(len(plugins.registry), plugins.registry[-1])
