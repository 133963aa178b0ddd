# Every binary, unary, boolean and comparison operator.
a + b
a - b
a * b
a @ b
a / b
a // b
a % b
a ** b
a << b
a >> b
a | b
a ^ b
a & b
-a
+a
~a
not a
a and b
a or b
a and b and c
a or b or c
a == b
a != b
a < b
a <= b
a > b
a >= b
a is b
a is not b
a in b
a not in b
a if b else c
x = a + b - c * d / e // f % g ** h @ i
x = a << b >> c & d ^ e | f
