# _testlimitedcapi's PySequence_GetItem/SetItem/DelItem and PyObject_HasAttrString wrappers,
# the ones CPython's test_bytes and test_class use.
import sys
import _testlimitedcapi as t


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return ("item", i)

    def __setitem__(self, i, v):
        print("setitem", i, v)

    def __delitem__(self, i):
        print("delitem", i)


class ListSub(list):
    pass


class DictSub(dict):
    pass


class DictWithItem(dict):
    def __getitem__(self, i):
        return ("dict item", i)


class DictWithSet(dict):
    def __setitem__(self, i, v):
        print("dict setitem", i, v)


class Indexable:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for obj in (bytearray(b"xyz"), b"xyz", [1, 2, 3], (1, 2, 3), "xyz", range(3), memoryview(b"xyz"), ListSub([1, 2, 3]), Seq()):
    name = type(obj).__name__
    for i in (0, 2, -1, -3, -4, 3, 10, Indexable(1)):
        show(name + " get " + repr(i if isinstance(i, int) else "Indexable"), t.sequence_getitem, obj, i)

for obj in ({}, DictSub(), DictWithItem(), DictWithSet(), 5, list, None, object(), memoryview(bytearray(b"xyz"))):
    name = type(obj).__name__
    show(name + " get", t.sequence_getitem, obj, 0)
    show(name + " set", t.sequence_setitem, obj, 0, 1)
    show(name + " del", t.sequence_delitem, obj, 0)

for make in (bytearray, list, ListSub):
    b = make(b"abcdef")
    show("set 1", t.sequence_setitem, b, 1, 66)
    show("set -1", t.sequence_setitem, b, -1, 70)
    show("set -7", t.sequence_setitem, b, -7, 0)
    show("set 6", t.sequence_setitem, b, 6, 0)
    show("del 0", t.sequence_delitem, b, 0)
    show("del -1", t.sequence_delitem, b, -1)
    show("del -9", t.sequence_delitem, b, -9)
    show("set None", t.sequence_setitem, b, 0, None)
    print(make.__name__, b)

ba = bytearray(b"abc")
show("set 256", t.sequence_setitem, ba, 0, 256)
show("set obj", t.sequence_setitem, ba, 0, object())
show("set Indexable", t.sequence_setitem, ba, 0, Indexable(65))
print(ba)
s = Seq()
show("Seq set -1", t.sequence_setitem, s, -1, "v")
show("Seq set -5", t.sequence_setitem, s, -5, "v")
show("Seq del -2", t.sequence_delitem, s, -2)
show("Seq del -9", t.sequence_delitem, s, -9)
show("tuple set", t.sequence_setitem, (1,), 0, 1)
show("str del", t.sequence_delitem, "a", 0)
show("index str", t.sequence_getitem, [1], "0")
show("index float", t.sequence_getitem, [1], 0.0)
show("index big", t.sequence_getitem, [1], 2**70)
show("no args", t.sequence_getitem)
show("one arg", t.sequence_getitem, [1])
show("three args", t.sequence_delitem, [1], 0, 0)


class A:
    def __init__(self):
        self.attr = 1


class Bad:
    def __getattr__(self, name):
        raise ValueError("boom")


a = A()
show("hasattr attr", t.object_hasattrstring, a, b"attr")
show("hasattr noattr", t.object_hasattrstring, a, b"noattr")
show("hasattr str", t.object_hasattrstring, a, "attr")
show("hasattr int", t.object_hasattrstring, a, 5)
show("hasattr Bad", t.object_hasattrstring, Bad(), b"x")
print(sys.exception())
