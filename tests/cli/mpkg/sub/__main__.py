import os
import sys

print("sub main:", __name__, "package", __package__, "spec", __spec__.name)
print("argv:", os.path.relpath(sys.argv[0]), sys.argv[1:])
from .. import helper
print("relative import:", helper.VALUE)
