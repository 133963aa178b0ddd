# and/or/not short-circuit semantics, returned operands, and chained comparisons.
calls = []
def f(name, value):
    calls.append(name)
    return value
print(f("a", 0) and f("b", 1), calls)
calls.clear()
print(f("a", 2) and f("b", 3), calls)
calls.clear()
print(f("a", 0) or f("b", 0) or f("c", ""), calls)
calls.clear()
print(f("a", []) or f("b", [1]) or f("c", 3), calls)
calls.clear()
print(not f("a", 0), not f("b", "x"), calls)
calls.clear()
print(f("a", 1) < f("b", 2) < f("c", 0) < f("d", 5), calls)
calls.clear()
print(f("a", 1) < f("b", 0) < f("c", 3), calls)
calls.clear()
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 != 6, x is not None is not False, 0 <= x <= 4)
print(None or 0 or [] or {}, 1 and [] and 3, (0 or 1) and (2 and 0))
print([0 or i for i in range(4)], [i and "y" for i in range(3)])
print(True if [] else False, "a" if 0.0 else "b", [v for v in (0, 1, "", "s", None, [], [0]) if v])
def g():
    return True
print(g() and "done", not g(), not (g() and not g()))
print(any([]), all([]), any([0, 0.0, None, 1]), all([1, "x", [0]]), all([1, 0]))
print(1 in [1, 2] and 3 not in [1, 2], not 1 in [2], not (1 == 2))
print(bool(3) is True, (3 > 2) is True, (2 in [2]) is True, (not 0) is True)
a = b = None
print(a is b, a is not b, a == b, [] is [], () == ())
