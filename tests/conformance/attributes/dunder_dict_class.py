# The instance __dict__, class __dict__ and lookup order for attributes.
class A:
    x = 'A.x'
    def m(self):
        return 'A.m'

class B(A):
    y = 'B.y'

b = B()
print(b.x, b.y, b.m())
b.__dict__['x'] = 'instance x'
print(b.x, B.x, A.x)
b.__dict__['m'] = lambda: 'instance m'
print(b.m())
print('x' in B.__dict__, 'x' in A.__dict__, 'y' in B.__dict__)
print(sorted(k for k in B.__dict__ if not k.startswith('__')))
print([k for k in dir(b) if not k.startswith('__')])

# a class attribute that is itself a class
class Outer:
    class Inner:
        pass
o = Outer()
print(o.Inner is Outer.Inner, type(o.Inner).__name__)

# the __dict__ attribute itself comes from a descriptor on the class
print('__dict__' in A.__dict__, '__dict__' in B.__dict__, type(A.__dict__['__dict__']).__name__)
print(A.__dict__['__dict__'].__get__(b) is b.__dict__)

class ShadowDict:
    __dict__ = 'class-level string'
s = ShadowDict()
print(s.__dict__)
s.a = 1
print(vars(s), s.a)

# attribute names are interned-insensitive: any equal string works
key = ''.join(['na', 'me'])
class N:
    pass
n = N()
setattr(n, key, 'v')
print(n.name, getattr(n, 'name'), 'name' in n.__dict__)

# instance dict wins over class non-descriptor attributes even for callables
class P:
    def greet(self):
        return 'class greet'
p = P()
p.greet = 'not callable now'
print(p.greet)
try:
    p.greet()
except TypeError as e:
    print(type(e).__name__, e)
del p.greet
print(p.greet())

class WithDefault:
    color = 'red'
w1, w2 = WithDefault(), WithDefault()
w1.color = 'blue'
WithDefault.color = 'green'
print(w1.color, w2.color)
