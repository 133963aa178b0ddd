# Special methods are looked up on the type, bypassing instance dicts and __getattr__.
class C:
    def __getattr__(self, name):
        print('__getattr__', name)
        if name == '__len__':
            return lambda: 5
        raise AttributeError(name)

c = C()
print(c.__len__())
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)

class G:
    def __getattribute__(self, name):
        print('__getattribute__', name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __add__(self, other):
        return 'add'
g = G()
print(len(g))
print(g + 1)
print(g.__len__())

class I:
    pass
i = I()
i.__add__ = lambda other: 'instance add'
i.__iter__ = lambda: iter([1])
i.__repr__ = lambda: 'instance repr'
try:
    i + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(i)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(i).startswith('<__main__.I object'), i.__repr__())

class Meta(type):
    def __len__(cls):
        return 99
class K(metaclass=Meta):
    def __len__(self):
        return 1
print(len(K), len(K()))

class WithStr:
    def __str__(self):
        return 'class str'
w = WithStr()
w.__str__ = lambda: 'instance str'
print(str(w), w.__str__())

class Hookless:
    pass
h = Hookless()
h.__enter__ = lambda: 1
h.__exit__ = lambda *a: None
try:
    with h:
        pass
except TypeError as e:
    print(type(e).__name__, e)
h.__eq__ = lambda other: True
print(h == 1, h.__eq__(1))
h.__bool__ = lambda: False
print(bool(h))
h.__call__ = lambda: 'called'
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
