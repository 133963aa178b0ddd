# __setattr__ and __delattr__ hooks; object.__setattr__.
class Audited:
    def __init__(self, x):
        self.x = x
    def __setattr__(self, name, value):
        print('setattr', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('delattr', name)
        super().__delattr__(name)

a = Audited(1)
a.y = 2
setattr(a, 'z', 3)
a.x += 10
del a.y
delattr(a, 'z')
print(a.__dict__)
try:
    del a.nope
except AttributeError as e:
    print(type(e).__name__, e)

class ReadOnly:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"can't set {name!r}: {type(self).__name__} is read-only")
    def __delattr__(self, name):
        raise AttributeError(f"can't delete {name!r}")

r = ReadOnly(a=1, b=2)
print(r.a, r.b)
for action in (lambda: setattr(r, 'a', 5), lambda: delattr(r, 'b')):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
object.__setattr__(r, 'a', 'forced')
object.__delattr__(r, 'b')
print(vars(r))

class Typed:
    types = {'n': int, 's': str}
    def __setattr__(self, name, value):
        want = self.types.get(name)
        if want and not isinstance(value, want):
            raise TypeError(f'{name} must be {want.__name__}')
        object.__setattr__(self, name, value)
t = Typed()
t.n = 1
t.s = 'x'
t.other = [1]
try:
    t.n = 'one'
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(vars(t).items()))

def t2(thunk):
    try:
        thunk()
        print('ok')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
t2(lambda: object.__setattr__(1, 'x', 1))
t2(lambda: object.__setattr__(int, 'x', 1))
t2(lambda: object.__delattr__(r, 'zzz'))
t2(lambda: object.__setattr__(r, 5, 1))
t2(lambda: type.__setattr__(Typed, 'flag', True))
t2(lambda: type.__setattr__(int, 'flag', True))
t2(lambda: object.__setattr__(Typed, 'x', 1))
print(Typed.flag)
