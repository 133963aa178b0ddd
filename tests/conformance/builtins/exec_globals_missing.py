# LOAD_GLOBAL with a dict subclass as globals goes through __getitem__, so __missing__ runs
# (annotationlib's fake globals rely on it); a plain dict does not.
class Globals(dict):
    def __missing__(self, key):
        return "<" + key + ">"


g = Globals()
exec("def f():\n    return undefined_name\nr = f()\ns = f()", g)
print(g["r"], g["s"])
for _ in range(40):
    g["f"]()
print(g["f"]())
try:
    exec("def h():\n    return other_name\nh()", {})
except NameError as e:
    print("NameError", e)
print(g["__builtins__"] is not None, g["len"] if "len" in g else "len not stored")


class Annotated:
    x: Undefined
    y: "int"


import annotationlib
print(annotationlib.get_annotations(Annotated, format=annotationlib.Format.FORWARDREF))
print(annotationlib.get_annotations(Annotated, format=annotationlib.Format.STRING))
