# `if __name__ == '__main__'` in the program and in an imported module.
import sys
import library
def main(argv):
    print("main() called with", len(argv), "argument(s)")
    print(library.api())
    return 0
print("module level, __name__ =", __name__)
print(sys.modules["__main__"] is sys.modules[__name__])
print(hasattr(sys.modules["__main__"], "main"), "library" in dir())
if __name__ == "__main__":
    status = main(sys.argv[1:])
    print("status", status)
else:
    print("not main")
import __main__
print(__main__.main is main, __main__.__name__)
print(library.__name__, library.__name__ == "__main__")
g = {"__name__": "__main__"}
exec("if __name__ == '__main__':\n    ran = True\n", g)
print(g.get("ran"))
g = {"__name__": "other"}
exec("if __name__ == '__main__':\n    ran = True\n", g)
print(g.get("ran"))
