# except* matching and what is re-raised.
def run(eg, label):
    print("--", label)
    try:
        try:
            raise eg
        except* ValueError as g:
            print("ValueError handler:", repr(g))
        except* (TypeError, KeyError) as g:
            print("Type/Key handler:", repr(g))
    except BaseException as rest:
        print("escaped:", repr(rest))
run(ExceptionGroup("a", [ValueError(1), TypeError(2)]), "both handled")
run(ExceptionGroup("b", [ValueError(1), OSError(2)]), "OSError escapes")
run(ExceptionGroup("c", [ExceptionGroup("n", [KeyError("k"), ValueError(2)])]), "nested")
run(ValueError("naked"), "naked exception is wrapped")
run(OSError("naked other"), "naked unmatched")
run(ExceptionGroup("d", [ValueError(1), ValueError(2)]), "two values, one handler call")
try:
    try:
        raise ExceptionGroup("e", [ZeroDivisionError()])
    except* ZeroDivisionError:
        print("zero handled")
    print("continues after except*")
except Exception:
    print("unexpected")
try:
    try:
        raise TypeError("t")
    except* TypeError as g:
        print("wrapped type:", type(g).__name__, g.message == "", repr(g.exceptions))
except Exception as e:
    print(e)
def fin():
    try:
        raise ExceptionGroup("f", [ValueError()])
    except* ValueError:
        print("handled")
    else:
        print("else not run")
    finally:
        print("finally")
fin()
def no_raise():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else runs")
no_raise()
