# del of locals, cells and globals.
def f():
    a = 1
    b = 2
    del a
    print(sorted(locals()))
    a = 3
    print(a, b)
    del a, b
    print(locals())
f()

def del_cell():
    v = 'cell'
    def read():
        try:
            return v
        except NameError as e:
            return type(e).__name__ + ': ' + str(e)
    print(read())
    del v
    print(read())
    v = 'back'
    print(read())
del_cell()

def del_nonlocal():
    w = 1
    def remove():
        nonlocal w
        del w
    remove()
    try:
        return w
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(del_nonlocal())

g1 = 'global'
def del_global():
    global g1
    del g1
del_global()
print('g1' in globals())
try:
    del_global()
except NameError as e:
    print(type(e).__name__, e)

def del_in_loop():
    out = []
    for i in range(3):
        item = i * 2
        out.append(item)
        del item
    return out, 'item' in locals(), i
print(del_in_loop())

def del_items():
    d = {'a': 1, 'b': 2}
    lst = [0, 1, 2, 3, 4]
    del d['a'], lst[1:3]
    return d, lst
print(del_items())

def del_twice():
    q = 1
    del q
    try:
        del q
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(del_twice())

h = 5
del h
try:
    h
except NameError as e:
    print(type(e).__name__, e)
