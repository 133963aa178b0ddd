# Mutation during iteration raises RuntimeError; safe patterns with list(d); pop while iterating copies.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

def add_during():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
    return d
def del_during():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
    return d
def values_add():
    d = {1: 1}
    for v in d.values():
        d[5] = 5
def items_del():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.pop(2, None)
def modify_values_ok():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = d[k] * 10
    return d
def copy_keys_ok():
    d = {i: i for i in range(6)}
    for k in list(d):
        if k % 2:
            del d[k]
    return d
def size_same_change():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 100] = 0
    return d
def clear_during():
    d = {1: 1, 2: 2}
    for k in d:
        d.clear()
    return d
def pop_add_during():
    d = {"a": 1}
    it = iter(d)
    d["b"] = 2
    return next(it)
def reversed_change():
    d = {1: 1, 2: 2}
    r = reversed(d)
    next(r)
    d[3] = 3
    return next(r)
show("add", add_during)
show("del", del_during)
show("values add", values_add)
show("items del", items_del)
show("modify values", modify_values_ok)
show("copy keys", copy_keys_ok)
show("same size change", size_same_change)
show("clear", clear_during)
show("iter then add", pop_add_during)
show("reversed change", reversed_change)
d = {"x": 1, "y": 2}
it = iter(d)
print(next(it))
d["x"] = 100
print(next(it), d)
