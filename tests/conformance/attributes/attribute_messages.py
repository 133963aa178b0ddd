# AttributeError messages for many kinds of objects.
def t(thunk):
    try:
        print(thunk())
    except AttributeError as e:
        print(type(e).__name__, '|', e, '|', e.name)

class C:
    pass
class D:
    __slots__ = ()

t(lambda: C().missing)
t(lambda: C.missing)
t(lambda: (1).missing)
t(lambda: 'abc'.missing)
t(lambda: None.missing)
t(lambda: [].missing)
t(lambda: {}.missing)
t(lambda: int.missing)
t(lambda: type.missing)
t(lambda: object().missing)
t(lambda: D().missing)
t(lambda: (lambda: 0).missing)
t(lambda: len.missing)
t(lambda: (1).real.missing)
t(lambda: (1.5).missing)
t(lambda: True.missing)
t(lambda: ().missing)
t(lambda: set().missing)
t(lambda: range(1).missing)
t(lambda: b''.missing)
t(lambda: (x for x in ()).missing)
t(lambda: Ellipsis.missing)
t(lambda: NotImplemented.missing)
t(lambda: ValueError().missing)
import math
t(lambda: math.missing)
t(lambda: math.sqr)
import sys
t(lambda: sys.missing_attribute)

def s(thunk):
    try:
        thunk()
    except AttributeError as e:
        print(type(e).__name__, '|', e)
s(lambda: setattr(1, 'x', 1))
s(lambda: setattr('a', 'x', 1))
s(lambda: setattr(None, 'x', 1))
s(lambda: setattr(object(), 'x', 1))
s(lambda: setattr(D(), 'x', 1))
s(lambda: setattr([], 'append', 1))
s(lambda: setattr((1).real, 'x', 1))
s(lambda: delattr(C(), 'x'))
s(lambda: delattr(1, 'x'))
s(lambda: setattr(len, '__name__', 'x'))
s(lambda: setattr(C().__init__, 'x', 1))
