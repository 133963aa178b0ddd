# type.__flags__'s Py_TPFLAGS_MANAGED_DICT (1 << 4) and Py_TPFLAGS_INLINE_VALUES (1 << 2): a class
# statement that adds an instance dict sets the first; plain object subclasses also the second.
class Plain: pass
class WithInit:
    def __init__(self):
        self.a = 1
class S: __slots__ = ('a',)
class SD: __slots__ = ('a', '__dict__')
class T(tuple): pass
class I(int): pass
class B(bytes): pass
class E(Exception): pass
class VE(ValueError): pass
class M(type): pass
class PS(Plain): __slots__ = ('b',)
class SS(S): pass
class SE(S): __slots__ = ()
class Obj(object): __slots__ = ()
class Multi(Plain, WithInit): pass
class ES(Exception): __slots__ = ('x',)
for c in (Plain, WithInit, S, SD, T, I, B, E, VE, M, PS, SS, SE, Obj, Multi, ES, object, int, dict, type):
    f = c.__flags__
    print(c.__name__, bool(f & 16), bool(f & 4), bool(f & (1 << 9)))
