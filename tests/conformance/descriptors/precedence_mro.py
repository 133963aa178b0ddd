# Descriptor precedence across the MRO: the first class in the MRO that defines the name decides.
class Data:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, owner):
        return f'data {self.tag}'
    def __set__(self, obj, value):
        print(f'data {self.tag} set {value}')

class NonData:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, owner):
        return f'nondata {self.tag}'

class Base:
    x = Data('base')
    y = NonData('base')
    z = Data('base')

class Sub(Base):
    x = NonData('sub')
    y = Data('sub')
    z = 'plain value in Sub'

s = Sub()
s.__dict__.update(x='instance x', y='instance y', z='instance z')
print(s.x)
print(s.y)
print(s.z)
s.x = 'assigned x'
s.y = 'assigned y'
s.z = 'assigned z'
print(s.__dict__)

class Base2:
    attr = Data('base2')
class Sub2(Base2):
    pass
class SubSub(Sub2):
    attr = 'shadowing plain'
o = SubSub()
o.attr = 'instance'
print(o.attr, vars(o))
del SubSub.attr
print(o.attr)
o.attr = 'goes to data descriptor now'
print(vars(o))

class Meta(type):
    m = Data('meta')
    n = NonData('meta')
class WithMeta(metaclass=Meta):
    m = 'class m'
    n = 'class n'
print(WithMeta.m, WithMeta.n)
WithMeta.m = 'set via class'
print(WithMeta.__dict__['m'])

class Getter:
    def __get__(self, obj, owner):
        return 'getter ' + ('instance' if obj is not None else 'class')
class H:
    g = Getter()
h = H()
h.__dict__['g'] = 'dict value'
print(h.g, H.g, vars(h))
H.g = Data('replaced')
print(h.g)
