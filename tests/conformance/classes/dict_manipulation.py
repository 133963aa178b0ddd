# Manipulating instance and class __dict__; vars().
class C:
    a = 1
    def __init__(self):
        self.x = 10
        self.y = 20

c = C()
print(c.__dict__, vars(c) is c.__dict__)
c.__dict__['z'] = 30
print(c.z)
c.__dict__.update(w=40, x=11)
print(c.x, c.w, list(c.__dict__))
del c.__dict__['y']
try:
    c.y
except AttributeError as e:
    print(type(e).__name__, e)
c.__dict__ = {'fresh': True}
print(c.__dict__, hasattr(c, 'x'))
try:
    c.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)
try:
    del c.__dict__
    print('deleted', c.__dict__)
except TypeError as e:
    print(type(e).__name__, e)

print(type(C.__dict__).__name__, C.__dict__['a'])
try:
    C.__dict__['a'] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print(vars(C)['a'], 'a' in vars(C), '__init__' in vars(C))

try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(c, c)
except TypeError as e:
    print(type(e).__name__, e)

def f():
    local = 1
    return sorted(vars())
print(f())

class Mod:
    pass
m = Mod()
for i in range(5):
    setattr(m, f'attr{i}', i * i)
print(vars(m))
print({k: v for k, v in vars(m).items() if v > 4})
d = m.__dict__
m.attr0 = 'changed'
print(d['attr0'], d is m.__dict__)
class NonStrKey:
    pass
n = NonStrKey()
n.__dict__[1] = 'int key'
print(n.__dict__)
