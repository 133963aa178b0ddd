# Module-level __getattr__ and __dir__, and attribute access on modules.
import lazymod

print(lazymod.real)
print(lazymod.auto_hello, lazymod.auto_world)
print(sorted(lazymod._computed))
print(lazymod.deprecated_name)
try:
    lazymod.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(lazymod, 'auto_x'), getattr(lazymod, 'nope', 'default'))
print(hasattr(lazymod, 'auto_y'), hasattr(lazymod, 'nope'))
print(dir(lazymod))

from lazymod import auto_imported, real
print(auto_imported, real)
try:
    from lazymod import not_there
except ImportError as e:
    print(type(e).__name__, e)

lazymod.new_attr = 5
print(lazymod.new_attr, 'new_attr' in vars(lazymod))
del lazymod.new_attr
try:
    del lazymod.new_attr
except AttributeError as e:
    print(type(e).__name__, e)
print(type(lazymod).__name__, lazymod.__name__, lazymod.__doc__)
print(lazymod.__file__.endswith('lazymod.py'))

import sys
this = sys.modules[__name__]
this.dynamic = 'set through module object'
print(dynamic)
try:
    this.undefined_in_main
except AttributeError as e:
    print(type(e).__name__, e)
