# The `as` name is deleted at the end of the except clause.
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
e = "preexisting"
try:
    raise KeyError("k")
except KeyError as e:
    pass
print("e defined:", "e" in globals())
def func():
    err = 1
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as ex:
        return type(ex).__name__ + ": " + str(ex)
print(func())
def keep():
    try:
        raise TypeError("kept")
    except TypeError as e:
        saved = e
    return saved
print(repr(keep()))
def loop():
    out = []
    for i in range(2):
        try:
            raise IndexError(i)
        except IndexError as exc:
            out.append(exc.args[0])
    out.append("exc" in locals())
    return out
print(loop())
def not_taken():
    x = "still here"
    try:
        pass
    except Exception as x:
        pass
    return x
print(not_taken())
def star():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        pass
    return "eg" in locals()
print(star())
