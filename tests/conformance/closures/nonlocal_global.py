# nonlocal and global declarations.
g = 'global'

def read_global():
    return g

def write_global():
    global g
    g = 'changed'

print(read_global())
write_global()
print(read_global(), g)

def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)

def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    mid()
    return x
print(outer())

def shadow():
    g = 'local'
    def inner():
        global g
        return g
    return inner(), g
print(shadow())

def nonlocal_skips_class():
    v = 'func'
    class K:
        v = 'class'
        def m(self):
            nonlocal v
            v = 'set by method'
            return v
    K().m()
    return v, K.v
print(nonlocal_skips_class())

def multiple():
    a = b = 0
    def f():
        nonlocal a, b
        a, b = b + 1, a + 2
    f(); f()
    return a, b
print(multiple())

def global_in_loop():
    global counter
    counter = 0
    for i in range(5):
        counter += i
global_in_loop()
print(counter)

# global statement in a nested function refers to module globals
def deep():
    g = 'deep local'
    def f():
        def h():
            global g
            g = 'from h'
        h()
    f()
    return g
print(deep(), g)

# globals() reflects the change
def via_dict():
    globals()['dynamic'] = 'dyn'
via_dict()
print(dynamic)
print('g' in globals(), 'undefined_name' in globals())
