# Operator precedence and associativity.
a + b * c
(a + b) * c
a * b + c * d
a - b - c
a - (b - c)
a ** b ** c
(a ** b) ** c
-a ** b
(-a) ** b
a ** -b
-a * -b
~a + ~b
not a == b
not (a and b)
not a and not b
a or b and c
(a or b) and c
a | b ^ c & d
a << b + c
a & b == c
a < b | c
a if b else c if d else e
(a if b else c) if d else e
lambda: a if b else c
a + b if c + d else e + f
x = a, b if c else d
x = [a or b, not c, d is not e]
a.b ** -c.d
await_ ** 2
a[b] ** c[d]
f(a)(b)[c].d ** e
a @ b @ c
a // b * c % d / e
2 ** -1
-2 ** 2
+-~+-~a
not not a
a not in b not in c
a is (not b)
