# An exception during a module's body propagates to the importer; the module is removed.
import sys
for attempt in range(4):
    try:
        import fails
        print("import succeeded:", fails.partial)
    except ValueError as e:
        print("import failed:", e, "| in sys.modules:", "fails" in sys.modules)
try:
    import bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith("bad_syntax.py"))
print("bad_syntax" in sys.modules)
try:
    import fails_missing_dependency
except ImportError as e:
    print("again:", type(e).__name__, e.name)
print("fails_missing_dependency" in sys.modules, "fails" in sys.modules)
def nested_failure():
    try:
        import fails_missing_dependency
    except ModuleNotFoundError as e:
        return f"{type(e).__name__}: {e}"
print(nested_failure())
