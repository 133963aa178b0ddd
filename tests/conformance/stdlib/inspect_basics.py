# inspect: signatures, predicates, getdoc/getsource; dataclasses on top of it.
import inspect, dataclasses
def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str: "doc"
print(inspect.signature(f))
print(list(inspect.signature(f).parameters))
print(inspect.isfunction(f), inspect.isclass(int), inspect.ismodule(inspect))
print(inspect.getdoc(f))
print(inspect.getmodulename("/x/y.py"))
class P:
    def m(self, x): pass
print(inspect.signature(P.m), inspect.signature(P().m))
print(inspect.getmembers(P, inspect.isfunction)[0][0])
@dataclasses.dataclass
class Pt:
    x: int
    y: int = 0
print(Pt(1), Pt(1) == Pt(1, 0))
print(inspect.getsource(f))
