a < b < c
a < b > c
a == b == c == d
a < b <= c == d != e > f >= g
a is b is not c
a in b not in c
0 <= x < 10
x < y < z if a < b < c else d < e
f(a < b, c > d)
[x for x in y if 0 < x < 10]
(a < b) < c
a < (b < c)
not a < b < c
a < b and b < c
