# Importing inside a function defers the import until the call, breaking an import cycle.
import sys
import models
print("storage loaded yet?", "storage" in sys.modules)
u = models.User("ann")
print(u.save())
print("storage loaded now?", "storage" in sys.modules)
print(models.User("bob").save())
import storage
print(storage.saved, storage.User is models.User)
try:
    storage.save("not a user")
except TypeError as e:
    print(type(e).__name__, e)
def lazy_math():
    import math
    return math.factorial(10)
print(lazy_math(), "math" in dir())
def conditional(flag):
    if flag:
        import models as chosen
    else:
        import storage as chosen
    return chosen.__name__
print(conditional(True), conditional(False))
def shadowing():
    try:
        return sys_ref.version_info[0]
    except NameError as e:
        return type(e).__name__
print(shadowing())
import sys as sys_ref
print(shadowing())
