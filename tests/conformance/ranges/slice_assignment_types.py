# Slicing and slice assignment across sequence types with range/tuple/str/bytes sources.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

def assign(target, sl, src):
    target[sl] = src
    return target
show("list from range", lambda: assign(list("abcdef"), slice(1, 3), range(5)))
show("list from str", lambda: assign([0] * 4, slice(None, None, 2), "xy"))
show("list from bytes", lambda: assign([0, 0], slice(0, 1), b"AB"))
show("list from dict", lambda: assign([0], slice(0, 0), {"k": 1}))
show("list from set sorted", lambda: sorted(assign([], slice(0, 0), {3, 1, 2})))
show("bytearray from range", lambda: assign(bytearray(b"abc"), slice(0, 1), range(65, 68)))
show("bytearray from list", lambda: assign(bytearray(b"abc"), slice(1, None), [120]))
show("bytearray from str", lambda: assign(bytearray(b"abc"), slice(1, None), "x"))
show("bytearray ext", lambda: assign(bytearray(b"abcd"), slice(None, None, 2), b"XY"))
show("bytearray bad val", lambda: assign(bytearray(b"abc"), slice(0, 1), [300]))
show("tuple slice assign", lambda: assign((1, 2), slice(0, 1), [0]))
show("str slice assign", lambda: assign("ab", slice(0, 1), "x"))
show("range slice assign", lambda: assign(range(3), slice(0, 1), [0]))
show("list del via slice obj", lambda: (lambda l: (l.__delitem__(slice(None, None, 3)), l)[1])(list(range(10))))
show("negative step assign", lambda: assign(list(range(6)), slice(None, None, -2), "abc"))
show("step assign iterator", lambda: assign(list(range(6)), slice(None, None, 2), iter("xyz")))
show("step assign too long", lambda: assign(list(range(6)), slice(None, None, 2), iter("wxyz")))
show("slice of tuple", lambda: (tuple(range(10))[::3], tuple(range(10))[-3:-1]))
show("slice of bytes", lambda: (b"abcdef"[::2], b"abcdef"[::-1], b"abcdef"[4:1:-1]))
show("slice of memoryview", lambda: memoryview(b"abcdef")[1:5:2].tobytes())
show("slice bounds clipping", lambda: ([1, 2, 3][-10:10], "abc"[5:1], (1, 2)[1:-5]))
