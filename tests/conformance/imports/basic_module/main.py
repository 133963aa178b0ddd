# import / from-import / import-as of a module beside the program; the body runs once.
import sys
print("main: start, __name__ is", __name__)
import helper
print("main: imported helper")
import helper
import helper as h
from helper import func, CONST as answer, Thing
print(h is helper, sys.modules["helper"] is helper)
print(func(1), answer, Thing(), helper._private)
print(helper.bump(), h.bump(), helper.counter)
from helper import counter
print("from-import copies the binding:", counter)
helper.bump()
print("after another bump:", counter, helper.counter)
print(type(helper).__name__, helper.__name__)
print(sorted(n for n in dir(helper) if not n.startswith("__")))
helper.CONST = 7
from helper import CONST
print("module attribute changed:", CONST)
def local_import():
    import helper as inner_name
    from helper import func as f2
    return inner_name is helper, f2("local")
print(local_import())
print("inner_name" in globals())
try:
    from helper import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name)
print("helper" in sys.modules, "main" in sys.modules, sys.modules["__main__"].__name__)
