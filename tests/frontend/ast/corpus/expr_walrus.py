(x := 1)
(x := (y := 1))
x = (y := 1)
f(x := 1)
f(a, x := 1)
[x := 1, 2]
{x := 1}
{(x := 1): (y := 2)}
[y := f(x), y ** 2]
if (n := len(a)) > 10:
    pass
while (chunk := read()):
    pass
[y for x in data if (y := f(x)) is not None]
[(last := x) for x in data]
any((hit := x) > 0 for x in data)
{(k := x): (v := y) for x, y in pairs}
[[y := x for x in row] for row in rows]
def f():
    [total := total + v for v in values]
    return total
x[(y := 1)]
x[y := 1]
x[y := 1, z := 2]
lambda: (x := 1)
(x := lambda: 1)
assert (x := True)
del x
print(f"{(x := 10)}")
match (y := 3):
    case _: pass
