# repr of functions and methods, deterministic parts only.
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
    def __repr__(self):
        return 'C()'

def f():
    pass

print(repr(f).startswith('<function f at 0x'), repr(f).endswith('>'))
print(repr(lambda: 0).startswith('<function <lambda> at'))
print(repr(C.m).startswith('<function C.m at'))
print(repr(C().m))
print(repr(C.cm))
print(repr(C().cm))
print(repr(C.sm).startswith('<function C.sm at'))
print(repr(len), repr(print), repr([].append).startswith('<built-in method append of list object at'))
print(repr(str.upper), repr(int.__add__), repr(list.__dict__['append']))
print(repr((1).__add__).startswith("<method-wrapper '__add__' of int object at"))
print(repr(dict.fromkeys).startswith('<built-in method fromkeys of type object at'), repr(object.__init__), repr(type.__call__))
print(repr(C.__dict__['cm']).startswith('<classmethod('), repr(C.__dict__['sm']).startswith('<staticmethod('))

def outer():
    def inner():
        pass
    return inner
print(repr(outer()).startswith('<function outer.<locals>.inner at'))

class D:
    class E:
        def deep(self):
            pass
        def __repr__(self):
            return 'E-instance'
print(repr(D.E().deep))
print(repr(property(f)).startswith('<property object at'))
bm = C().m
print(str(bm) == repr(bm), f'{bm}')
class NoRepr:
    def m(self):
        pass
r = repr(NoRepr().m)
print(r.startswith('<bound method NoRepr.m of <__main__.NoRepr object at 0x'), r.count('0x'))
class BadRepr:
    def __repr__(self):
        raise ValueError('no repr')
    def m(self):
        pass
try:
    repr(BadRepr().m)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(C().__init__).startswith("<method-wrapper '__init__' of C object at"))
