# Relative imports: from . import x, from .. import y, and their errors.
import pkg.tools
for line in pkg.tools.info():
    print(line)
from pkg.sub import leaf, sibling
print(leaf.sibling is sibling, leaf.NAME)
print(pkg.BASE)
try:
    import pkg.sub.too_far
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from . import anything")
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from .x import y")
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __name__)
import importlib
m = importlib.import_module(".sub.sibling", package="pkg")
print(m.NAME, m.__name__)
try:
    importlib.import_module(".sibling")
except TypeError as e:
    print(type(e).__name__, e)
