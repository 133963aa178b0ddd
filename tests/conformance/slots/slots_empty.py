# Empty __slots__ and memory-free instances.
class Empty:
    __slots__ = ()

e = Empty()
def t(thunk):
    try:
        r = thunk()
        print('ok' if r is None else r)
    except (AttributeError, TypeError) as e2:
        print(type(e2).__name__, '|', e2)

t(lambda: setattr(e, 'x', 1))
t(lambda: e.__dict__)
t(lambda: e.__weakref__)
t(lambda: vars(e))
t(lambda: type(e).__name__)
t(lambda: e == Empty())
t(lambda: e == e)
t(lambda: hash(e) == hash(e))
t(lambda: Empty.__slots__)
t(lambda: [k for k in Empty.__dict__ if k in ('__slots__', '__dict__', '__weakref__', '__module__')])

class WithMethods:
    __slots__ = ()
    CONST = 42
    def double(self, v):
        return v * 2
    @property
    def const(self):
        return self.CONST
w = WithMethods()
print(w.double(4), w.const, w.CONST)
t(lambda: setattr(w, 'CONST', 1))
t(lambda: setattr(WithMethods, 'CONST', 7))
print(w.CONST)

class Chain1:
    __slots__ = ()
class Chain2(Chain1):
    __slots__ = ()
class Chain3(Chain2):
    __slots__ = ('last',)
c = Chain3()
c.last = 'end'
print(c.last)
t(lambda: setattr(c, 'first', 1))
print([k.__name__ for k in Chain3.__mro__])

class ObjectLike:
    __slots__ = ()
    def __repr__(self):
        return 'ObjectLike()'
print(ObjectLike(), [ObjectLike()] * 2)
t(lambda: setattr(ObjectLike(), '__class__', Empty))
t(lambda: type(ObjectLike()).__name__)
x = ObjectLike()
x.__class__ = Empty
print(type(x).__name__)
