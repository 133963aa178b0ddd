# Warning classes are exceptions too.
types = [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
         SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning,
         UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]
for t in types:
    print(t.__name__, [c.__name__ for c in t.__mro__])
print(issubclass(DeprecationWarning, Exception))
print(issubclass(Warning, BaseException))
try:
    raise UserWarning("careful", 3)
except Warning as e:
    print(type(e).__name__, e.args, str(e))
print(EnvironmentError is OSError, IOError is OSError)
print(EnvironmentError.__name__, IOError.__name__)
for t in (UserWarning, DeprecationWarning, ResourceWarning):
    print(t.__name__, issubclass(t, Warning), issubclass(t, ValueError), t.__bases__[0].__name__)
print(Exception.__bases__, BaseException.__bases__[0].__name__)
try:
    raise FutureWarning("soon")
except (DeprecationWarning, FutureWarning) as e:
    print("caught", type(e).__name__, e)
w = DeprecationWarning("old api")
print(repr(w), str(w))
