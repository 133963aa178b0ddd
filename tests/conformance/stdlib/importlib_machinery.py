# importlib's finders, loaders and specs: what CPython's importlib gives, on our C# import path.
import importlib
import importlib.machinery as machinery
import importlib.util as util
import os
import sys
import tempfile

print([type(f).__name__ if not isinstance(f, type) else f.__name__ for f in sys.meta_path])
print(len(sys.path_hooks) >= 1, callable(sys.path_hooks[-1]))
print(machinery.SOURCE_SUFFIXES, machinery.BYTECODE_SUFFIXES, machinery.all_suffixes()[:2])
for name in ("FileFinder", "SourceFileLoader", "SourcelessFileLoader", "ExtensionFileLoader",
             "PathFinder", "ModuleSpec", "BuiltinImporter", "FrozenImporter", "NamespaceLoader"):
    print(name, isinstance(getattr(machinery, name), type))
print(len(util.MAGIC_NUMBER), util.MAGIC_NUMBER[2:])
tag = sys.implementation.cache_tag
print(util.cache_from_source("/a/b/c.py").replace(tag, "TAG"))
print(util.source_from_cache("/a/b/__pycache__/c.%s.pyc" % tag))
print(repr(util.decode_source(b"x = 1\r\ny = 2\r\n")))
print(util.resolve_name("..sib", "pkg.sub.mod"))

# A module of the standard library: a spec without importing it.
spec = util.find_spec("colorsys")
print(spec.name, type(spec.loader).__name__, os.path.basename(spec.origin), spec.parent == "", "colorsys" in sys.modules)
print(spec.cached.endswith("colorsys.%s.pyc" % tag), spec.has_location)
json_spec = util.find_spec("json")
print(json_spec.submodule_search_locations is not None, os.path.basename(json_spec.origin))
print(util.find_spec("no_such_module_anywhere"))
import json
print(type(json.__loader__).__name__, json.__spec__.name, json.__spec__.parent, os.path.basename(json.__file__))
print(json.__spec__.loader is json.__loader__, json.__path__ == json.__spec__.submodule_search_locations)
print(type(sys.__spec__.loader).__name__ if sys.__spec__ else None, importlib.import_module("math").__spec__.origin)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "loose_mod.py")
    with open(path, "w") as f:
        f.write("VALUE = 41\ndef bump():\n    return VALUE + 1\n")
    spec = util.spec_from_file_location("loose_mod", path)
    print(spec.name, type(spec.loader).__name__, spec.origin == path)
    mod = util.module_from_spec(spec)
    print(mod.__name__, "loose_mod" in sys.modules)
    spec.loader.exec_module(mod)
    print(mod.VALUE, mod.bump(), mod.__file__ == path)

    # import_module, relative names, reload.
    os.mkdir(os.path.join(tmp, "ilpkg"))
    with open(os.path.join(tmp, "ilpkg", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(tmp, "ilpkg", "counter.py"), "w") as f:
        f.write("LOADS = globals().get('LOADS', 0) + 1\n")
    sys.path.insert(0, tmp)
    importlib.invalidate_caches()
    counter = importlib.import_module("ilpkg.counter")
    print(counter.LOADS, importlib.import_module(".counter", "ilpkg") is counter)
    print(importlib.reload(counter) is counter, counter.LOADS)
    print(util.find_spec(".counter", "ilpkg").name)
    try:
        importlib.import_module(".counter")
    except TypeError as e:
        print("TypeError:", e)
    try:
        importlib.import_module("ilpkg.missing")
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e, e.name)
    sys.path.remove(tmp)


# A finder put on sys.meta_path is asked by the import statement.
class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.GREETING = "made by " + module.__spec__.name


class Finder:
    def find_spec(self, name, path, target=None):
        if name.startswith("virtual_"):
            return util.spec_from_loader(name, Loader())
        return None


sys.meta_path.insert(0, Finder())
import virtual_one
print(virtual_one.GREETING, type(virtual_one.__loader__).__name__, "virtual_one" in sys.modules)
from virtual_two import GREETING
print(GREETING)
sys.meta_path.pop(0)
try:
    import virtual_three
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

# A finder appended after importlib's own is asked only for what they do not find.
class Fallback:
    def find_spec(self, name, path, target=None):
        return util.spec_from_loader(name, Loader()) if name == "only_fallback" else None


sys.meta_path.append(Fallback())
import only_fallback
print(only_fallback.GREETING)
sys.meta_path.pop()
