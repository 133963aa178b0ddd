# Slicing reads, slice assignment with different lengths, extended slices, del slices.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[::-1], a[8:2:-2], a[-1:-11:-3], a[100:], a[-100:2])
def assign(l, sl, v):
    l = list(l)
    l[sl] = v
    return l
def delete(l, sl):
    l = list(l)
    del l[sl]
    return l
show("grow", lambda: assign(a, slice(2, 4), ["x", "y", "z", "w"]))
show("shrink", lambda: assign(a, slice(2, 8), [0.5]))
show("insert at", lambda: assign(a, slice(3, 3), [None, None]))
show("clear middle", lambda: assign(a, slice(1, -1), []))
show("replace all", lambda: assign(a, slice(None), "ab"))
show("past end", lambda: assign(a, slice(20, 30), [99]))
show("neg reversed range", lambda: assign(a, slice(5, 2), [7, 7]))
show("from tuple", lambda: assign(a, slice(0, 2), (1.5, 2.5)))
show("from gen", lambda: assign(a, slice(0, 2), (i for i in "pq")))
show("from range", lambda: assign(a, slice(0, 10), range(3)))
show("non-iterable", lambda: assign(a, slice(0, 2), 5))
show("ext ok", lambda: assign(a, slice(None, None, 2), "abcde"))
show("ext reversed", lambda: assign(a, slice(None, None, -3), [0, 0, 0, 0]))
show("ext bad len", lambda: assign(a, slice(None, None, 2), [1, 2]))
show("ext empty ok", lambda: assign(a, slice(5, 5, 2), []))
show("step 1 explicit", lambda: assign(a, slice(0, 3, 1), []))
show("step 0", lambda: assign(a, slice(0, 3, 0), []))
show("self assign", lambda: (lambda l: (l.__setitem__(slice(1, 2), l), l)[1])([1, 2, 3]))
show("del slice", lambda: delete(a, slice(2, 5)))
show("del ext", lambda: delete(a, slice(None, None, 2)))
show("del rev ext", lambda: delete(a, slice(None, None, -3)))
show("del all", lambda: delete(a, slice(None)))
show("del empty range", lambda: delete(a, slice(7, 2)))
show("del index", lambda: delete(a, -1))
show("del out", lambda: delete(a, 10))
show("index out", lambda: a[10])
show("index str", lambda: a["1"])
show("index float", lambda: a[1.0])
show("set out", lambda: assign(a, 10, 0))
show("slice copy independent", lambda: (lambda c: (c.append(1), len(a), len(c))[1:])(a[:]))
show("big indices", lambda: a[2 ** 100:] + a[:-(2 ** 100)] + a[::2 ** 100])
show("neg step big", lambda: a[::-(2 ** 100)])
print(a)
