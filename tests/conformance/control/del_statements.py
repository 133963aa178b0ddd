# del of names, attributes, items and slices, and the errors it raises.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class Obj:
    cls_attr = "c"
o = Obj()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
a, b, c = 1, 2, 3
del a, (b, c)
print([n for n in ("a", "b", "c") if n in globals()])
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(local_del())
nested = {"k": [1, {"z": 2}]}
del nested["k"][1]["z"]
print(nested)
