# Late binding of loop variables in closures.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = 10
print([f() for f in fs])

fs = [lambda: j for j in range(3)]
print([f() for f in fs])

fs = [lambda j=j: j for j in range(3)]
print([f() for f in fs])

def make(k):
    return lambda: k
fs = [make(k) for k in range(3)]
print([f() for f in fs])

def loop_in_function():
    out = []
    for n in 'abc':
        def show():
            return n
        out.append(show)
    n = 'after'
    return [f() for f in out]
print(loop_in_function())

def while_loop():
    out = []
    x = 0
    while x < 3:
        out.append(lambda: x)
        x += 1
    return [f() for f in out]
print(while_loop())

# generator expression binds the first iterable eagerly
xs = [1, 2, 3]
gen = (x * 10 for x in xs)
xs = [7, 8]
print(list(gen))

ys = [1, 2]
gen2 = (y + z for y in ys for z in zs)
zs = [100]
print(list(gen2))

# comprehension variable does not leak
k = 'outer k'
[k for k in range(3)]
print(k)

# dict and set comprehensions also close over the loop variable late
d = {n: (lambda: n) for n in range(3)}
print({key: f() for key, f in d.items()})
s = sorted(f() for f in {lambda: m for m in range(3)})
print(s)

def nested_comp():
    return [[lambda: (a, b) for b in range(2)] for a in range(2)]
print([[f() for f in row] for row in nested_comp()])
