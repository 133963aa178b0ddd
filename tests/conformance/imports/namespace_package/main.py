# Folders without __init__.py are namespace packages; relative imports work inside them.
import sys
import nspkg
print(nspkg.__name__, getattr(nspkg, "__file__", None))
import nspkg.alpha
print(nspkg.alpha.NAME)
from nspkg.inner import beta
print(beta.info())
print(sorted(k for k in sys.modules if k.startswith("nspkg")))
print(hasattr(nspkg, "__path__"), nspkg.inner.__name__)
try:
    import nspkg.gamma
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from nspkg import delta
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import importlib
m = importlib.import_module("nspkg.inner.beta")
print(m is beta, m.NAME)
def in_function():
    from nspkg.alpha import NAME as local_name
    import nspkg.inner.beta
    return local_name, "nspkg" in locals()
print(in_function())
