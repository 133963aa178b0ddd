# ModuleNotFoundError and ImportError messages for missing modules and names.
def attempt(stmt):
    try:
        exec(stmt, {})
        print(f"{stmt!r}: ok")
    except ImportError as e:
        print(f"{stmt!r}: {type(e).__name__}: {e} | name={e.name!r}")
attempt("import definitely_missing_module")
attempt("import pkg.missing")
attempt("from pkg import missing")
attempt("from pkg import present")
attempt("import plain.sub")
attempt("from plain import nope")
attempt("from definitely_missing_module import x")
attempt("import pkg.present")
attempt("from math import not_a_function")
attempt("from sys import not_an_attribute")
import sys
print("failed imports leave no entry:", "definitely_missing_module" in sys.modules)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    import importlib
    importlib.import_module("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
