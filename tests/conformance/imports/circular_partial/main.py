# from-import of a name from a partially initialised module fails with a clear message.
import sys
try:
    import first
except ImportError as e:
    print(type(e).__name__)
    print(str(e))
    print("name:", e.name)
print("first in sys.modules:", "first" in sys.modules)
print("second in sys.modules:", "second" in sys.modules)
try:
    import second
    print("second imported on retry; thing =", second.thing())
except ImportError as e:
    print("retry:", type(e).__name__, e)
# Inside a package the message names the partially initialised module.
try:
    import cyc.one
except ImportError as e:
    print(type(e).__name__)
    print(str(e))
    print("name:", e.name)
try:
    import cyc.rel_a
except ImportError as e:
    print(type(e).__name__, e)
print(sorted(k for k in sys.modules if k.startswith("cyc")))
