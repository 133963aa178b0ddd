# `from m import *` honours __all__; without it, names starting with _ are skipped.
before = set(globals())
from with_all import *
print(sorted(set(globals()) - before - {"before"}))
before = set(globals())
from without_all import *
print(sorted(set(globals()) - before - {"before"}))
print(public, _exported_private, visible, function(), Klass.__name__)
try:
    not_listed
except NameError as e:
    print(type(e).__name__, e)
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
try:
    from broken_all import *
except AttributeError as e:
    print(type(e).__name__, e)
print("exists" in globals())
try:
    from bad_all_type import *
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("def f():\n    from with_all import *\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
import with_all
print(with_all.__all__, with_all.not_listed)
