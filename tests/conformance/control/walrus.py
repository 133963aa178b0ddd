# Assignment expressions, including inside comprehensions (binding in the enclosing scope).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
print("y leaked from the comprehension:", y)
total = 0
sums = [total := total + x for x in data]
print(sums, total)
def find_first(items, pred):
    if any(pred(hit := item) for item in items):
        return hit
    return None
print(find_first(data, lambda v: v > 5), find_first(data, lambda v: v > 50))
chunks = iter(["ab", "cd", "", "ef"])
out = []
while (chunk := next(chunks)):
    out.append(chunk)
print(out)
print((a := 10) + a, a)
values = [(v := i) * v for i in range(4)]
print(values, v)
def scope():
    [inner := k for k in range(3)]
    return inner
print(scope())
print([(last := ch) for ch in "xyz"], last)
def f(x):
    return x * 10
print([f(z) for z in range(3) if (w := f(z)) > 5], w)
for src in ["[i := 0 for i in range(3)]", "[j for i in range(3) for j in (i := [1])]",
            "class C:\n    [k := 1 for _ in range(2)]\n", "(x := 1, y := 2)", "x := 5",
            "def g():\n    return [[q := 1 for _ in range(1)] for _ in range(1)]"]:
    try:
        compile(src, "<s>", "exec")
        print("ok:", src.splitlines()[0])
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
print(f"{(z := 5)} {z * 2}")
d = {}
print(d.setdefault("k", (dv := 3)), dv)
