*a, b = c
a, *b = c
a, *b, c = d
[*a] = b
(*a,) = b
print(*args)
print(*a, *b)
x = *a, *b
x = [*a, *b]
x = {*a, *b}
x = (*a, *b)
for *a, b in c: pass
for a, *b in c: pass
return_value = lambda: (*a, b)
def f():
    return *a, *b
def g():
    yield *a, b
x = a[*b]
x[*a] = 1
f(*a, *b, **c, **d)
x = *a,
[*range(3), *"abc"]
