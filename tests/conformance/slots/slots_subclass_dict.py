# A subclass without __slots__ regains __dict__ and __weakref__; slot values stay out of __dict__.
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = 2

class Free(Slotted):
    def __init__(self):
        super().__init__()
        self.c = 3

f = Free()
print(f.a, f.b, f.c, f.__dict__, vars(f))
print(hasattr(Slotted(), '__dict__'), hasattr(f, '__dict__'), hasattr(f, '__weakref__'))
f.__dict__['a'] = 'dict a'
print(f.a, f.__dict__)
del f.a
print(f.__dict__, hasattr(f, 'a'))
try:
    print(f.a)
except AttributeError as e:
    print(type(e).__name__, e)
f.a = 'slot again'
print(f.a, f.__dict__, Slotted.a.__get__(f))
print(sorted(k for k in Free.__dict__ if k in ('__dict__', '__weakref__', '__slots__')))
print(sorted(k for k in Slotted.__dict__ if k in ('__dict__', '__weakref__', '__slots__', 'a', 'b')))

class SlottedAgain(Free):
    __slots__ = ('d',)
s = SlottedAgain()
s.d = 4
s.e = 5
print(s.d, s.__dict__, SlottedAgain.__slots__)

class WithDictSlot(Slotted):
    __slots__ = ('__dict__',)
w = WithDictSlot()
w.z = 26
print(w.__dict__, hasattr(w, '__weakref__'))
try:
    class Again(Free):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(type(e).__name__, e)
print([k.__name__ for k in SlottedAgain.__mro__])
print(Free.__slots__, getattr(SlottedAgain, '__slots__'))
