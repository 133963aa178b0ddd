# Form feeds reset the indentation column count.
x = 1

def f():
    y = 2
    
    return y
class C:
    pass
z = 3
