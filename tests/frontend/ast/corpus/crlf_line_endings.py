x = 1
y = 2
if x:
    z = """a
b"""
    w = 3 + \
        4
def f():
    return (1,
            2)
