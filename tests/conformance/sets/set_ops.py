# set operators and methods: | & - ^ and their method forms, comparisons, with ints (printed sorted).
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", sorted(r) if isinstance(r, (set, frozenset)) else repr(r))

a = {1, 2, 3, 4}
b = {3, 4, 5}
show("|", lambda: a | b)
show("&", lambda: a & b)
show("-", lambda: a - b)
show("^", lambda: a ^ b)
show("union", lambda: a.union(b, [9], (0,)))
show("intersection", lambda: a.intersection(b, range(4)))
show("difference", lambda: a.difference([1], (2,)))
show("symmetric_difference", lambda: a.symmetric_difference([4, 10]))
show("union none", lambda: a.union())
show("intersection none", lambda: a.intersection())
show("| list", lambda: a | [1])
show("& tuple", lambda: a & (1,))
show("<=", lambda: ({1, 2} <= a, a <= a, {9} <= a))
show("<", lambda: ({1, 2} < a, a < a))
show(">=", lambda: (a >= {1}, a >= b))
show(">", lambda: (a > {1}, a > a))
show("issubset list", lambda: {1}.issubset([1, 2]))
show("issuperset gen", lambda: a.issuperset(x for x in range(1, 3)))
show("isdisjoint", lambda: (a.isdisjoint({7}), a.isdisjoint([4])))
show("== frozenset", lambda: (a == frozenset(a), {1} == {1.0}, {1} != {2}, set() == frozenset()))
show("< list", lambda: a < [1])
show("issubset int", lambda: a.issubset(5))
show("empty ops", lambda: (set() | set(), set() & a, a - a, a ^ a))
show("chain", lambda: (a | b) - (a & b) == a ^ b)
show("3 sets", lambda: {1, 2} | {2, 3} | {3, 4})
show("bool ints", lambda: {True, 1, 0, False, 2} & {1})
show("mixed numeric", lambda: {1, 2.0, 3} & {1.0, 2, 3.5})
