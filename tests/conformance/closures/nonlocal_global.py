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
