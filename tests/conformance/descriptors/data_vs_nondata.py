# Data versus non-data descriptors and the instance __dict__.
class NonData:
    def __get__(self, obj, owner):
        return 'nondata get'

class Data:
    def __get__(self, obj, owner):
        return 'data get'
    def __set__(self, obj, value):
        print('data set', value)

class SetOnly:
    def __set__(self, obj, value):
        print('setonly set', value)

class DeleteOnly:
    def __get__(self, obj, owner):
        return 'deleteonly get'
    def __delete__(self, obj):
        print('deleteonly delete')

class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DeleteOnly()

c = C()
print(c.nd, c.d, c.do)
c.__dict__.update(nd='inst nd', d='inst d', so='inst so', do='inst do')
print(c.nd, c.d, c.so, c.do)
c.nd = 'assigned'
print(c.nd, c.__dict__['nd'])
c.d = 'assigned'
print(c.__dict__['d'])
c.so = 'assigned'
print(c.so)
del c.do
print(c.__dict__['do'])
print(type(C.so).__name__)
try:
    c.do = 'x'
except AttributeError as e:
    print(type(e).__name__, e)

# functions are non-data descriptors
class M:
    def method(self):
        return 'method'
m = M()
m.method = lambda: 'instance wins'
print(m.method(), M.method(m))
del m.method
print(m.method())

# descriptor on the class looked up on the type, not on the instance
class Holder:
    pass
h = Holder()
h.attr = Data()
print(type(h.attr).__name__)
h.attr = 5
print(h.attr)

# descriptors are found through the MRO
class Base:
    d = Data()
class Derived(Base):
    pass
x = Derived()
x.d = 1
print(x.d, 'd' in x.__dict__)
class Override(Base):
    d = 'plain'
y = Override()
y.d = 2
print(y.d, Override.d)
