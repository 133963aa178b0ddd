import os
import sys

print("tool:", __name__, "package", __package__, "spec", __spec__.name, "file", os.path.relpath(__file__))
print("argv:", os.path.relpath(sys.argv[0]), sys.argv[1:])
