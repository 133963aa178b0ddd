# Module attributes set after import are seen by other importers; module __getattr__.
import config
import reader
print(reader.read("debug"), reader.read("color"))
config.settings["debug"] = True
config.extra = {"color": "blue"}
print(reader.read("debug"), reader.read("color"))
config.new_function = lambda: "added later"
import config as again
print(again.new_function())
del config.extra
print(reader.read("color"))
try:
    del config.extra
except AttributeError as e:
    print(type(e).__name__, e)
try:
    config.nothing
except AttributeError as e:
    print(type(e).__name__, e)
import lazy_attrs
print(lazy_attrs.dyn_value, lazy_attrs.dyn_other, lazy_attrs.computed)
try:
    lazy_attrs.plain
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(lazy_attrs))
from lazy_attrs import dyn_imported
print(dyn_imported)
print(getattr(lazy_attrs, "dyn_x", "default"), getattr(lazy_attrs, "y", "default"))
print(isinstance(config.__dict__, dict), config.__dict__["settings"] is config.settings)
print(vars(config) is config.__dict__)
import sys
mod_type = type(sys)
fresh = mod_type("fresh_module", "its docstring")
fresh.x = 1
print(fresh.__name__, fresh.__doc__, fresh.x, type(fresh).__name__)
sys.modules["fresh_module"] = fresh
import fresh_module
print(fresh_module is fresh, fresh_module.x)
