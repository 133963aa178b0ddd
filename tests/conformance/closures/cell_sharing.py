# Sibling closures share cells; each call of the outer function makes new cells.
def make():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get1, set1 = make()
get2, set2 = make()
set1(10)
print(get1(), get2())
print(get1.__closure__[0] is set1.__closure__[0], get1.__closure__[0] is get2.__closure__[0])
print(get1.__closure__[0] == set1.__closure__[0])
set2(20)
print(get1(), get2(), get1.__closure__[0].cell_contents, get2.__closure__[0].cell_contents)

def multiple_cells():
    a, b, c = 1, 2, 3
    def uses_ac():
        return a + c
    def uses_b():
        return b
    return uses_ac, uses_b
ac, b_only = multiple_cells()
print(ac.__code__.co_freevars, b_only.__code__.co_freevars, len(ac.__closure__))
print([cell.cell_contents for cell in ac.__closure__])

def nested_levels():
    x = 'x'
    def middle():
        y = 'y'
        def inner():
            return x + y
        return inner
    return middle()
inner = nested_levels()
print(inner(), inner.__code__.co_freevars)

def middle_passes_through():
    z = 'z'
    def middle():
        def inner():
            return z
        return inner
    return middle
m = middle_passes_through()
print(m.__code__.co_freevars, m().__code__.co_freevars, m()())

def loop_cells():
    fns = []
    for i in range(3):
        def capture(i=i):
            return i
        fns.append(capture)
    shared = []
    for j in range(3):
        shared.append(lambda: j)
    return [f() for f in fns], [f() for f in shared], len({id(f.__closure__[0]) for f in shared})
print(loop_cells())

def cell_after_return():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add
adder = cell_after_return()
print(adder('a'), adder('b'), adder.__closure__[0].cell_contents)
print(type(adder.__closure__[0]).__name__)
