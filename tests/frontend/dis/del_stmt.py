def f(obj, d, x):
    del x
    del obj.attr
    del d["key"]
    del d[1:2]
    del d[0], obj.other
