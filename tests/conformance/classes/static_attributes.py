# Class namespace entries added by the compiler: __static_attributes__, __firstlineno__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self._cache = None
    def move(self, dx):
        self.x += dx
        self.moved = True
        other = Point(0, 0)
        other.not_self = 1
    def read_only(self):
        return self.z

print(Point.__static_attributes__)
print(type(Point.__static_attributes__).__name__)
print(Point.__firstlineno__)

class Empty:
    pass
print(Empty.__static_attributes__, Empty.__firstlineno__)

class Nested:
    def method(this):
        this.a = 1
        def inner():
            this.b = 2
        inner()
    class Inner:
        def m(self):
            self.inner_attr = 1
print(Nested.__static_attributes__, Nested.Inner.__static_attributes__)
print(Nested.__firstlineno__, Nested.Inner.__firstlineno__)

class Sub(Point):
    def extra(self):
        self.w = 0
print(Sub.__static_attributes__)

class Tuple:
    def set(self):
        self.a, self.b = 1, 2
        (self.c, [self.d]) = (3, [4])
        self.e: int = 5
        self.f += 1
        del self.g
        for self.h in range(1):
            pass
        with self.ctx() as self.i:
            pass
print(Tuple.__static_attributes__)

Dyn = type('Dyn', (), {})
print(hasattr(Dyn, '__static_attributes__'), hasattr(Dyn, '__firstlineno__'))
print(sorted(k for k in Point.__dict__ if k.startswith('__')))
print(sorted(k for k in Dyn.__dict__))
