# nonlocal with several names, global in loops and nested functions, globals().
g = 'global'

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
