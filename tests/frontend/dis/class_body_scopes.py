x = "global"

class C:
    x = "class"
    y = x
    def m(self):
        return x

def f():
    x = "local"
    class D:
        y = x
        x = 1
    return D
