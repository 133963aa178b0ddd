# co_consts keys: each folded NaN is its own constant; signed zeros stay apart.
x = 1e300 * 1e300 * 0
y = 1e300 * 1e300 * 0
z = -1e300 * 1e300 * 0
t = (1e300 * 1e300 * 0, 1e300 * 1e300 * 0)
n = complex(0, 1) * 0
w = (1e300 * 1e300 * 0) * 1j
zeros = (0.0, -0.0, 0j, -0j, 0.0 - 0j, -0.0 + 0j)
a = 0.0
b = -0.0
c = 0j
d = -0j
e = 0 - 0j
f = -0.0 + 0j
g = -(0.0 + 0j)
