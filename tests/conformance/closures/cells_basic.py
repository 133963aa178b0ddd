# Closures capture variables (cells), not values.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
print(inc(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
print(inc.__closure__[0].cell_contents, len(inc.__closure__))
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)

def late():
    x = 1
    def read():
        return x
    x = 2
    return read
print(late()())

def shared():
    v = []
    return (lambda: v.append(1) or len(v)), (lambda: v)
a, b = shared()
a(); a()
print(b())

def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(10)(1))

def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    return middle()
print(outer()())

def param_cell(p):
    def f():
        return p
    p = p * 2
    return f
print(param_cell(4)())

# cell objects
def mk():
    z = 7
    return lambda: z
cell = mk().__closure__[0]
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = 8
print(mk().__closure__[0].cell_contents)
fn = mk()
fn.__closure__[0].cell_contents = 99
print(fn())
def empty_cell():
    def f():
        return w
    return f
    w = 1
c = empty_cell().__closure__[0]
try:
    c.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
