[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for y in z]
[(x, y) for x in a if x for y in b if y]
[x for x, y in z]
[x for (x, y) in z]
[x for [x, *y] in z]
[x for x.attr in y]
[x for x in (1, 2)]
{x for x in y}
{k: v for k, v in y.items()}
{k: v for k in a for v in b}
(x for x in y)
(x for x in y if x for z in x)
[[x for x in row] for row in matrix]
[x for x in [y for y in z]]
[x for x in (y for y in z)]
{x: [y for y in x] for x in z}
[lambda: x for x in y]
[x async for x in y] if False else 0
[await x for x in y] if False else 0
sum(x * x for x in range(10))
[x if x else y for x in z]
[x for x in y if x if y if z]
