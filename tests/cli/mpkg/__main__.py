import os
import sys

print("main:", __name__, "package", __package__, "spec", __spec__.name, "parent", __spec__.parent)
print("argv:", os.path.relpath(sys.argv[0]), sys.argv[1:])
print("sys.modules['__main__'] is this module:", sys.modules["__main__"].__dict__ is globals())
from . import helper
print("relative import:", helper.VALUE)
