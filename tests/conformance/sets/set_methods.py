# Mutating set methods: add/remove/discard/pop/clear/update family/copy and their errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", sorted(r) if isinstance(r, (set, frozenset)) else repr(r))

s = {5, 1, 3}
show("add", lambda: (s.add(2), s)[1])
show("add dup", lambda: (s.add(1.0), s)[1])
show("add unhashable", lambda: s.add([1]))
show("remove", lambda: (s.remove(5), s)[1])
show("remove missing", lambda: s.remove(42))
show("remove tuple missing", lambda: s.remove((1, 2)))
show("discard missing", lambda: (s.discard(42), s)[1])
show("discard unhashable", lambda: s.discard([1]))
show("remove set arg", lambda: {frozenset({1})}.remove({1}))
show("contains set arg", lambda: {1} in {frozenset({1})})
show("update", lambda: (s.update([7, 8], (9,)), s)[1])
show("|=", lambda: (s.__ior__({100}), s)[1])
show("intersection_update", lambda: (s.intersection_update(range(8)), s)[1])
show("difference_update", lambda: (s.difference_update([1], [2]), s)[1])
show("symmetric_difference_update", lambda: (s.symmetric_difference_update({3, 4}), s)[1])
t = set(range(5))
t &= {1, 2, 3, 10}
show("&=", lambda: t)
t -= {1}
show("-=", lambda: t)
t ^= {2, 99}
show("^=", lambda: t)
show("|= list", lambda: t.__ior__([1]))
c = t.copy()
c.add(-1)
show("copy", lambda: (sorted(t), sorted(c)))
show("pop", lambda: (lambda u: (u.pop(), u))({7}))
show("pop empty", lambda: set().pop())
show("clear", lambda: (c.clear(), c)[1])
show("len", lambda: len({1, 1, 2, 2.0, True}))
show("set()", lambda: set())
show("set(str)", lambda: set("hello"))
show("set(dict)", lambda: set({3: "a", 1: "b"}))
show("set(int)", lambda: set(1))
show("set unhashable item", lambda: set([[1]]))
show("set 2 args", lambda: set([1], [2]))
show("update unhashable", lambda: set().update([{}]))
show("repr empty", lambda: repr(set()))
show("repr one", lambda: repr({1}))
show("repr ints", lambda: repr({3}))
