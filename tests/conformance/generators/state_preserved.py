# Local state, default arguments and closures survive across yields.
def counter(start, step=1):
    n = start
    local_list = []
    while True:
        local_list.append(n)
        cmd = yield n, list(local_list)
        if cmd == "reset":
            n = start
            local_list.clear()
        elif cmd == "stop":
            return local_list
        else:
            n += step
c = counter(10, 5)
print(next(c))
print(next(c))
print(c.send("reset"))
print(next(c))
try:
    c.send("stop")
except StopIteration as e:
    print("final state:", e.value)
def independent():
    x = 0
    while True:
        x += 1
        yield x
g1, g2 = independent(), independent()
print(next(g1), next(g1), next(g2), next(g1), next(g2))
def make():
    factor = 2
    def gen(xs):
        for x in xs:
            yield x * factor
    g = gen([1, 2, 3])
    first = next(g)
    factor = 10
    return first, list(g)
print(make())
def default_arg(items=[]):
    items.append(len(items))
    yield list(items)
print(next(default_arg()), next(default_arg()), next(default_arg([9])))
def loop_vars():
    for i in range(3):
        for j in "ab":
            yield i, j
print(list(loop_vars()))
def with_try():
    for i in range(5):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"error {e}"
        finally:
            pass
print(list(with_try()))
def grows():
    data = []
    for i in range(4):
        data.append(i)
        yield data
print([list(x) for x in grows()], list(grows())[0])
