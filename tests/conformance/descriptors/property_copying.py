# property.setter/getter/deleter return new property objects.
class A:
    @property
    def x(self):
        return 'A.x'

getter_only = A.__dict__['x']

class B(A):
    @A.x.setter
    def x(self, v):
        self._x = v

print(getter_only is A.x, B.x is A.x, B.x.fget is A.x.fget, A.x.fset, B.x.fset.__name__)
b = B()
b.x = 5
print(b.x, b._x)
try:
    A().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
p3 = p2.deleter(lambda self: None)
p4 = p3.getter(lambda self: 4)
print(p1 is p2, p1.fset, p2.fset is not None, p3.fdel is not None, p4.fset is p2.fset)

class C:
    x = p4
print(C().x)

class WithDoc:
    def get(self):
        "getter doc"
        return 1
    prop = property(get)
    prop2 = property(get, doc='explicit doc')
print(WithDoc.prop.__doc__, WithDoc.prop2.__doc__)
print(WithDoc.prop.setter(lambda s, v: None).__doc__)

class Sub(property):
    pass
class D:
    @Sub
    def val(self):
        return 'sub property'
    @val.setter
    def val(self, v):
        print('sub set', v)
print(type(D.__dict__['val']).__name__, D().val)
D().val = 3

# property name for error messages comes from __set_name__
class E:
    def _g(self):
        return 0
    alias = property(_g)
try:
    E().alias = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(E.alias.__name__)
prop = property(lambda s: 0)
try:
    print(prop.__name__)
except AttributeError as e:
    print(type(e).__name__, e)
class G:
    first = prop
print(prop.__name__)
