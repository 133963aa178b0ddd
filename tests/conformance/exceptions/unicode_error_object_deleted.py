# str() of a UnicodeError whose 'object' is deleted, also by str() of its reason or encoding.
def side_effect(exc):
    del exc.object

class Evil(str):
    def __str__(self):
        side_effect(exc)
        return self

for reason, encoding in [("reason", Evil("utf-8")), (Evil("reason"), "utf-8"), (Evil("reason"), Evil("utf-8"))]:
    for cls, obj in ((UnicodeEncodeError, "x"), (UnicodeDecodeError, b"x")):
        exc = cls(encoding, obj, 0, 1, reason)
        try:
            print(str(exc))
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
    exc = UnicodeTranslateError("x", 0, 1, reason)
    try:
        print(str(exc))
    except Exception as e:
        print("T", type(e).__name__, e)
e = UnicodeEncodeError("utf-8", "x", 0, 1, "r")
del e.object
try:
    print(str(e))
except Exception as x:
    print(type(x).__name__, x)
