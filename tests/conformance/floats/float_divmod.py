# % and // with negative floats and signed zeros, zero-division messages.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (-0.0, -3),
         (1e300, 1e-300), (5, 0.3), (-5, 0.3), (1, 1e-320), (3.0, 1.5), (-3.0, 1.5), (1e16, 3),
         (6.0, -2.0), (-1e-300, 1e300), (0.1, 0.01)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, repr(q), repr(r), divmod(a, b) == (q, r))
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (-1.5, -0.0), (float("inf"), 0.0)]:
    for name, op in [("/", lambda: a / b), ("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b))]:
        try:
            op()
        except ZeroDivisionError as e:
            print(a, name, b, type(e).__name__, e)
print(-0.0 % 5, 0.0 % -5, -0.0 // 5, 0.0 // -5, -1e-320 % 1.0, -1e-20 % 1.0)
print(7 % 2.5, 7 // 2.5, -7 % 2.5, -7 // 2.5, 2 ** 70 % 3.0, 2 ** 70 // 3.0)
print((-0.0).__mod__(1.0), (0.0).__rmod__(1.0) if False else "skip", 10 ** 20 % 7.0)
x = 10.0
x //= 3
print(x)
x %= -1.5
print(x)
x /= 4
print(x)
print(1 / 3 * 3, 2 / 3 + 1 / 3, 0.1 * 3, 3 * 0.1 - 0.3, 1e-16 + 1 - 1)
