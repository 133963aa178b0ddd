# Package __init__ files run parent first, once; submodules bind as attributes of the parent.
import sys
print("main: importing pkg.sub.mod")
import pkg.sub.mod
print("main: done")
print(pkg.sub.mod.hello())
print(pkg.pkg_level, pkg.early.value)
print(sorted(k for k in sys.modules if k.startswith("pkg")))
print("lazy loaded?", hasattr(pkg, "lazy"), "pkg.lazy" in sys.modules)
from pkg import lazy
print("after from-import:", hasattr(pkg, "lazy"), "pkg.lazy" in sys.modules)
import pkg.sub
import pkg
print("re-imports do not re-execute")
from pkg.sub import mod
print(mod is pkg.sub.mod, mod.__name__, mod.__package__)
import pkg.sub.mod as m
print(m is mod)
print(pkg.__name__, pkg.__package__, pkg.sub.__name__, pkg.sub.__package__)
print(hasattr(pkg, "__path__"), hasattr(pkg.sub.mod, "__path__"))
