# Inputs that parse with a SyntaxWarning; the tree is the same as without the warning.
'\q'
b'\q'
'\777'
'\d' f'\d{x}'
1if x else 0
0x1for x in y
x = 1 is 1
x = () is not ()
assert (x, "always true")
[1, 2] [3]
(1, 2) (3)
f'\{{x}}'
