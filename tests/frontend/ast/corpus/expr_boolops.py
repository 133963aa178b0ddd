a and b
a or b
a and b or c
a or b and c
a and (b or c)
(a or b) and c
a and b and c and d and e
a or b or c or d or e
a and b or c and d or e and f
not a or not b
x = a and b
x = a or []
if a and (b or c) and not d:
    pass
while not (a or b):
    pass
y = [a and b for a, b in c if a or b]
z = a and b if c or d else e and f
