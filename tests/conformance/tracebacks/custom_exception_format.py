# check: stderr
# How the final line names user exceptions, empty messages and failing __str__.
class PlainError(Exception):
    pass
class Quiet(Exception):
    def __str__(self):
        return ""
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")
class Outer:
    class InnerError(LookupError):
        pass
for exc in [PlainError("p"), Quiet("hidden"), Outer.InnerError("nested class")]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__qualname__, type(e).__module__, repr(str(e)))
try:
    raise Broken("b")
except Broken as e:
    print("caught broken", e.args)
def first():
    try:
        raise Quiet("q")
    except Quiet:
        raise Outer.InnerError()
def second():
    try:
        first()
    except LookupError as err:
        raise Broken("final") from err
second()
