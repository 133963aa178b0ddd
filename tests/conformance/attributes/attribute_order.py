# dir(), vars() and the order of attributes.
class Base:
    b1 = 1
    def bm(self):
        pass

class Child(Base):
    c1 = 2
    def __init__(self):
        self.z = 1
        self.a = 2

c = Child()
print([k for k in dir(c) if not k.startswith('_')])
print(list(vars(c)))
print([k for k in Child.__dict__ if not k.startswith('__')])
print(dir(c) == sorted(dir(c)))

class CustomDir:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha', 'mid']
print(dir(CustomDir()))

class DirReturnsTuple:
    def __dir__(self):
        return ('b', 'a')
print(dir(DirReturnsTuple()))

class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __dir__(cls):
        return ['from_meta']
class WithMetaDir(metaclass=Meta):
    x = 1
print(dir(WithMetaDir), 'x' in dir(WithMetaDir()))

def f():
    pass
f.custom = 1
print('custom' in dir(f), '__name__' in dir(f))
print([k for k in dir(1) if not k.startswith('_')][:6])
print([k for k in dir([]) if not k.startswith('_')])
print([k for k in dir({}) if not k.startswith('_')])
print([k for k in dir('') if not k.startswith('_')][:10])

class Slots:
    __slots__ = ('q', 'p')
s = Slots()
print([k for k in dir(s) if not k.startswith('__')])
print('p' in dir(Slots), hasattr(s, 'p'))
s.p = 1
print(hasattr(s, 'p'), hasattr(s, 'q'))
