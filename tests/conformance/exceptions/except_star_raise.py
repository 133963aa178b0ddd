# Raising inside except* handlers.
def show(e, indent=""):
    print(indent + type(e).__name__ + ": " + str(e).split("\n")[0])
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            show(sub, indent + "  ")
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new in handler")
except BaseException as e:
    show(e)
    print("context of new:", [repr(x.__context__) for x in e.exceptions if isinstance(x, KeyError)])
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except BaseException as e:
    show(e)
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError as g:
        raise g
except BaseException as e:
    show(e)
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("r1")
    except* TypeError:
        raise RuntimeError("r2")
except BaseException as e:
    show(e)
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError as g:
        raise IndexError("chained") from g
except BaseException as e:
    show(e)
    print(type(e.__cause__).__name__, isinstance(e, BaseExceptionGroup))
for bad in ["ExceptionGroup", "(ValueError, ExceptionGroup)"]:
    src = "try:\n    raise ValueError\nexcept* " + bad + ":\n    pass\n"
    try:
        exec(src)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    exec("try:\n    pass\nexcept* 5:\n    pass\n")
    print("no error when nothing raised")
    exec("try:\n    raise ValueError\nexcept* 5:\n    pass\n")
except TypeError as e:
    print(type(e).__name__, e)
