# ExceptionGroup / BaseExceptionGroup construction rules and errors.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "raises", type(e).__name__, str(e))
attempt("eg", lambda: ExceptionGroup("msg", [ValueError(1), TypeError(2)]))
attempt("beg of exceptions", lambda: BaseExceptionGroup("msg", [ValueError(1)]))
attempt("beg of base", lambda: BaseExceptionGroup("msg", [KeyboardInterrupt()]))
attempt("eg of base", lambda: ExceptionGroup("msg", [KeyboardInterrupt()]))
attempt("empty", lambda: ExceptionGroup("msg", []))
attempt("not seq", lambda: ExceptionGroup("msg", 5))
attempt("set", lambda: ExceptionGroup("msg", {ValueError()}))
attempt("non exc", lambda: ExceptionGroup("msg", [1]))
attempt("non str msg", lambda: ExceptionGroup(1, [ValueError()]))
attempt("one arg", lambda: ExceptionGroup("msg"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("tuple", lambda: ExceptionGroup("msg", (ValueError("t"),)))
attempt("nested", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [KeyError("k")])]))
attempt("kwargs", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args, str(eg))
print(type(eg.exceptions).__name__, len(eg.exceptions))
one = ExceptionGroup("single", [ValueError()])
print(str(one))
class MyEG(ExceptionGroup):
    pass
m = MyEG("mine", [ValueError("x")])
print(type(m).__name__, repr(m), str(m))
class MyBEG(BaseExceptionGroup):
    pass
attempt("subclass of beg with base", lambda: MyBEG("x", [SystemExit()]))
attempt("subclass of beg with exc", lambda: MyBEG("x", [ValueError()]))
print(isinstance(eg, Exception), isinstance(BaseExceptionGroup("b", [KeyboardInterrupt()]), Exception))
try:
    eg.message = "changed"
except AttributeError as e:
    print(type(e).__name__, e)
