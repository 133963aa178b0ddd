# args, str and repr of exceptions with zero, one and many arguments.
cases = [
    Exception(), Exception("one"), Exception(1), Exception("a", "b"),
    Exception("a", 2, None), ValueError(""), ValueError(None), TypeError([1, 2]),
    RuntimeError(("t", "u")), BaseException("base"), ArithmeticError(1.5),
    LookupError("x", "y", "z"), Exception(Exception("inner")),
]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args, "|", len(e.args))
e = Exception("x")
e.args = ("changed", 5)
print(repr(e), str(e))
e.args = [1]
print(type(e.args).__name__, e.args, str(e))
e.args = "ab"
print(e.args, str(e))
class MyError(Exception):
    pass
print(repr(MyError()), repr(MyError("m")), repr(MyError(1, 2)))
print(str(MyError("m")), str(MyError(1, 2)))
try:
    raise MyError
except MyError as err:
    print("raised class:", repr(err), err.args)
print(repr(ValueError("quote's")), repr(ValueError('dq"')))
print(bool(Exception()), bool(Exception(0)))
print(Exception("a") == Exception("a"))
