# importlib.import_module and __import__: return values, fromlist, caching.
import importlib
import sys
text = importlib.import_module("tools.text")
print(text.__name__, text.shout("hi"))
print(importlib.import_module("tools.text") is text)
top = __import__("tools.numbers")
print("__import__ returns the top package:", top.__name__, top.numbers.double(21))
leaf = __import__("tools.numbers", fromlist=["double"])
print("with fromlist returns the leaf:", leaf.__name__)
pkg = __import__("tools", fromlist=["text"])
print(pkg.__name__, pkg.text is text)
name = "tools." + "numbers"
mod = importlib.import_module(name)
print(mod is sys.modules[name], mod.double(5))
for n in ["tools.missing", "toolz"]:
    try:
        importlib.import_module(n)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
mathmod = importlib.import_module("math")
print(mathmod.sqrt(16), mathmod is __import__("math"))
g = {}
exec("import tools.text as t", g)
print(g["t"] is text)
loaded = sorted(k for k in sys.modules if k.startswith("tools"))
print(loaded)
fn = getattr(importlib.import_module("tools.text"), "shout")
print(fn("dynamic"))
print(__import__("sys") is sys, __import__("tools").__name__)
