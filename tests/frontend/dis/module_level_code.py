import sys

x = 1
y = x + 2
if y > x:
    z = [x, y]
else:
    z = None
for i in z:
    x += i
del i
print(x, file=sys.stderr)
