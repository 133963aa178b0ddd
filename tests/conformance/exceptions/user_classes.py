# User exception classes with their own __init__ and __str__.
class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"
class NotFound(AppError):
    pass
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
class ReprOnly(Exception):
    def __repr__(self):
        return "ReprOnly!"
try:
    raise NotFound(404, "page")
except AppError as e:
    print(type(e).__name__, str(e), e.args, e.code, repr(e))
e = NoSuper(5)
print(e.args, str(e), repr(e), e.x)
print(str(ReprOnly("a")), repr(ReprOnly("a")))
class WithAttrs(ValueError):
    kind = "class attr"
w = WithAttrs("msg")
w.extra = [1, 2]
print(w.kind, w.extra, w.args, isinstance(w, ValueError))
class StrFails(Exception):
    def __str__(self):
        return 42
try:
    str(StrFails())
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise object
except TypeError as err:
    print(type(err).__name__, err)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        pass
    except NotExc:
        pass
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as err:
    print(type(err).__name__, err)
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("both")
except AttributeError as e:
    print("as AttributeError:", repr(e), str(e))
print([c.__name__ for c in Multi.__mro__])
