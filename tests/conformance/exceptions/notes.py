# add_note and __notes__.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)
try:
    try:
        raise KeyError("k")
    except KeyError as err:
        err.add_note("added while handling")
        raise
except KeyError as err:
    print(err.__notes__, str(err))
class MyErr(Exception):
    pass
m = MyErr("m")
m.add_note("")
m.add_note("multi\nline")
print(m.__notes__)
eg = ExceptionGroup("group", [ValueError(1)])
eg.add_note("group note")
match, rest = eg.split(ValueError)
print(match.__notes__, rest)
sub = eg.subgroup(lambda x: True)
print(sub is eg)
print(repr(eg))
