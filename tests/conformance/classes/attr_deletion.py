# Deleting instance and class attributes.
class C:
    cls_attr = 'class'
    def __init__(self):
        self.a = 1
        self.b = 2

def t(thunk):
    try:
        r = thunk()
        print('ok' if r is None else r)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

c = C()
t(lambda: delattr(c, 'a'))
t(lambda: c.a)
t(lambda: delattr(c, 'a'))
t(lambda: delattr(c, 'cls_attr'))
t(lambda: c.cls_attr)
t(lambda: delattr(C, 'cls_attr'))
t(lambda: c.cls_attr)
t(lambda: delattr(C, 'cls_attr'))
t(lambda: delattr(c, 'nonexistent'))
t(lambda: delattr(c, '__class__'))

del c.b
print(c.__dict__)
c.a = 'again'
print(c.__dict__)

t(lambda: delattr(C, '__init__'))
t(lambda: type(C()).__name__)
t(lambda: delattr(int, 'real'))
t(lambda: delattr(1, 'real'))
t(lambda: delattr(C, '__name__'))
t(lambda: delattr(C, '__doc__'))
t(lambda: C.__doc__)

class P:
    @property
    def ro(self):
        return 1
p = P()
t(lambda: delattr(p, 'ro'))
t(lambda: setattr(p, 'ro', 2))

try:
    del p.missing_attribute
except AttributeError as e:
    print(type(e).__name__, e, e.name)

class Base:
    shared = 'base'
class Child(Base):
    pass
t(lambda: delattr(Child, 'shared'))
t(lambda: Child.shared)
lst = [1]
t(lambda: delattr(lst, 'append'))
t(lambda: delattr(lst, 'x'))
