# Different ways to call a method and their errors.
class C:
    def __init__(self, v):
        self.v = v
    def show(self, prefix='v='):
        return prefix + str(self.v)
    def __call__(self, x):
        return self.v * x

c = C(3)
print(c.show(), C.show(c), C.show(c, 'value: '), c.show(prefix='#'))
print(getattr(c, 'show')(), getattr(C, 'show')(c))
print(c.__class__.show(c), type(c).show(c))
m = c.show
print(m(), m('>'))
print(c(4), C.__call__(c, 5), c.__call__(6))
print(list(map(C.show, [C(1), C(2)])))
print(list(map(c, [1, 2, 3])))

def t(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

t(lambda: C.show())
t(lambda: C.show(prefix='x'))
t(lambda: c.show(1, 2))
t(lambda: c.show(c))
t(lambda: m(self=c))
t(lambda: C.show(self=c))
t(lambda: c.show(prefix='a', self=c))
t(lambda: C(1, 2))
t(lambda: C())
t(lambda: c(1, 2))
t(lambda: c())
t(lambda: C.__init__(c))

class D:
    def no_self():
        return 'no self'
    def star_self(*args):
        return args
print(D.no_self())
t(lambda: D().no_self())
print(D().star_self(1)[1:], len(D().star_self()))

class Chain:
    def __init__(self):
        self.calls = []
    def a(self):
        self.calls.append('a')
        return self
    def b(self, x):
        self.calls.append('b%s' % x)
        return self
print(Chain().a().b(1).a().b(2).calls)
