# split / subgroup / derive on exception groups.
def show(g):
    if g is None:
        return "None"
    parts = []
    for e in g.exceptions:
        parts.append(show(e) if isinstance(e, BaseExceptionGroup) else repr(e))
    return f"{type(g).__name__}({g.message!r}, [{', '.join(parts)}])"
eg = ExceptionGroup("top", [
    ValueError(1), TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4)]),
    OSError("io"),
])
for cond in [ValueError, (TypeError, KeyError), LookupError, Exception, ZeroDivisionError]:
    m, r = eg.split(cond)
    print("split", cond if isinstance(cond, tuple) else cond.__name__, "->", show(m), "|", show(r))
print("subgroup ValueError", show(eg.subgroup(ValueError)))
print("subgroup none", show(eg.subgroup(ZeroDivisionError)))
print("subgroup all is self", eg.subgroup(Exception) is eg)
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print("split predicate", show(m), "|", show(r))
print("subgroup predicate on groups", show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))
d = eg.derive([KeyError("new")])
print("derive", show(d), d.__cause__, d.__context__)
eg.__cause__ = RuntimeError("cause")
eg.add_note("note!")
m, r = eg.split(TypeError)
print(repr(m.__cause__), m.__notes__, repr(r.__cause__), r.__notes__)
print(m.__notes__ is eg.__notes__)
try:
    eg.split(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eg.subgroup("x")
except TypeError as e:
    print(type(e).__name__, e)
class Custom(ExceptionGroup):
    def derive(self, excs):
        return Custom(self.message + "+", excs)
c = Custom("c", [ValueError(1), TypeError(2)])
m, r = c.split(ValueError)
print(show(m), show(r))
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
m, r = beg.split(ValueError)
print(show(m), "|", show(r))
m, r = beg.split(KeyboardInterrupt)
print(show(m), "|", show(r))
