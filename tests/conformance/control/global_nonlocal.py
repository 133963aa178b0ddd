# global and nonlocal declarations and the errors around them.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def make_new_global():
    global created_later
    created_later = "made inside a function"
make_new_global()
print(created_later)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    inc(); inc()
    return get(), inc()
print(outer())
def deep():
    x = "deep"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(deep())
def shadow():
    counter = "local"
    def inner():
        global counter
        return counter
    return inner(), counter
print(shadow())
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
unbound()
for src in ["def f():\n    nonlocal q\n", "nonlocal x\n",
            "def f():\n    x = 1\n    global x\n",
            "def f(a):\n    global a\n",
            "def f():\n    print(x)\n    global x\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
def counter_factory():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
s1, s2 = counter_factory(), counter_factory()
print(s1(), s1(5), s2(), s1())
class Cls:
    global class_made
    class_made = "from class body"
    value = counter
print(class_made, Cls.value)
def loop_nonlocal():
    total = 0
    def add_all(xs):
        nonlocal total
        for total in xs:
            pass
    add_all([1, 2, 3])
    return total
print(loop_nonlocal())
