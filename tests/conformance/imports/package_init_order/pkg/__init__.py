print("pkg/__init__: start")
pkg_level = "defined in pkg"
from . import early
print("pkg/__init__: end, early.value =", early.value)
