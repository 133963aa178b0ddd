# len() across builtin types, __len__ protocol errors and their messages.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

show("builtins", lambda: [len(x) for x in ("abc", b"ab", [1], (1, 2), {1: 2}, {1, 2, 3}, frozenset(), range(5), bytearray(2), memoryview(b"abcd"), {}.keys(), "\U0001F600")])
show("len int", lambda: len(5))
show("len None", lambda: len(None))
show("len gen", lambda: len(x for x in "ab"))
show("len iter", lambda: len(iter([1])))
show("len float", lambda: len(1.5))
show("len no args", lambda: len())
show("len 2 args", lambda: len("a", "b"))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
show("custom", lambda: len(L(3)))
show("custom neg", lambda: len(L(-1)))
show("custom float", lambda: len(L(1.5)))
show("custom big", lambda: len(L(2 ** 63)))
show("custom bool", lambda: len(L(True)))
show("custom str", lambda: len(L("3")))
class IdxLen:
    def __index__(self):
        return 4
show("custom index obj", lambda: len(L(IdxLen())))
class Sub(int):
    pass
show("custom int subclass", lambda: len(L(Sub(7))))
show("range huge", lambda: len(range(2 ** 64)))
show("len class", lambda: len(list))
show("truthiness via len", lambda: (bool(L(0)), bool(L(2))))
show("truthiness len neg", lambda: bool(L(-5)))
