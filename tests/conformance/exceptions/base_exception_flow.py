# BaseException subclasses pass through `except Exception`.
class Stop(BaseException):
    pass
def f():
    try:
        raise Stop("s")
    except Exception:
        return "caught by Exception"
try:
    f()
except BaseException as e:
    print("escaped Exception handler:", type(e).__name__, e)
for exc in [SystemExit(2), GeneratorExit(), KeyboardInterrupt("k"), Stop()]:
    try:
        try:
            raise exc
        except Exception:
            print("wrong")
    except BaseException as e:
        print(type(e).__name__, repr(e), isinstance(e, Exception))
try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    import sys
    sys.exit(7)
except SystemExit as e:
    print("sys.exit code:", e.code, e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print("sys.exit text:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit none:", e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise SystemExit(3)
    finally:
        print("finally runs for SystemExit")
except SystemExit as e:
    print(e.code)
def bare():
    try:
        raise Stop()
    except:
        return "bare except catches everything"
print(bare())
