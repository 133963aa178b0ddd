def outer(a, *args, **kw):
    b = 1
    def middle():
        c = a + b
        def inner():
            nonlocal c
            c += 1
            return a, b, c, args, kw
        return inner
    class K:
        b = b
        def m(self):
            return a
        x = [b for _ in range(3)]
    return middle, K
x = 1
class C:
    x = 2
    y = [x for _ in range(3)]
    def f(self):
        return __class__, x
    @staticmethod
    def g():
        return super
def gen():
    return (lambda: x for x in range(3))
