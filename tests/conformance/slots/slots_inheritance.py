# Inheritance of __slots__.
class Base:
    __slots__ = ('a',)
class Child(Base):
    __slots__ = ('b',)
class NoSlotsChild(Base):
    pass
class EmptyChild(Base):
    __slots__ = ()

def t(thunk):
    try:
        r = thunk()
        print('ok' if r is None else r)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, '|', e)

c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, Child.__slots__, hasattr(c, '__dict__'))
t(lambda: setattr(c, 'z', 3))

n = NoSlotsChild()
n.a = 1
n.anything = 2
print(n.a, n.__dict__)

e = EmptyChild()
e.a = 'only a'
print(e.a)
t(lambda: setattr(e, 'b', 1))

class Redefine(Base):
    __slots__ = ('a',)
r = Redefine()
r.a = 'shadowed slot'
print(r.a, type(Redefine.a).__name__, Redefine.a is Base.a)
try:
    Base.a.__get__(r, Base)
except AttributeError as e:
    print('base slot is separate:', type(e).__name__, e)

class M1:
    __slots__ = ('x',)
class M2:
    __slots__ = ('y',)
t(lambda: type('Both', (M1, M2), {}))
class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
Both = type('Both', (E1, E2), {'__slots__': ('z',)})
b = Both()
b.z = 1
print(b.z, [k.__name__ for k in Both.__mro__])
class WithDict:
    pass
Mixed = type('Mixed', (WithDict, M1), {})
mx = Mixed()
mx.x = 1
mx.other = 2
print(mx.x, mx.__dict__)

class IntSlots(int):
    __slots__ = ()
print(IntSlots(3) + 1)
t(lambda: setattr(IntSlots(3), 'x', 1))
t(lambda: type('BadInt', (int,), {'__slots__': ('x',)}))
t(lambda: type('BadTuple', (tuple,), {'__slots__': ('x',)}))
class StrSlots(str):
    __slots__ = ()
print(StrSlots('abc').upper())
class ListSlots(list):
    __slots__ = ('extra',)
ls = ListSlots([1])
ls.extra = 'fine for list'
print(ls, ls.extra)
