# Assigning to __class__.
class A:
    def who(self):
        return 'A'

class B:
    def who(self):
        return 'B'

class C(A):
    def who(self):
        return 'C'

obj = A()
obj.data = 1
print(obj.who(), type(obj).__name__)
obj.__class__ = B
print(obj.who(), type(obj).__name__, obj.data, isinstance(obj, B), isinstance(obj, A))
obj.__class__ = C
print(obj.who(), isinstance(obj, A))

def t(thunk):
    try:
        thunk()
        print('ok')
    except TypeError as e:
        print(type(e).__name__, e)

t(lambda: setattr(obj, '__class__', 5))
t(lambda: setattr(obj, '__class__', int))
t(lambda: setattr(1, '__class__', bool))
t(lambda: setattr([], '__class__', tuple))

class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)

s = S1()
t(lambda: setattr(s, '__class__', S2))
print(type(s).__name__)
t(lambda: setattr(s, '__class__', S3))
t(lambda: setattr(s, '__class__', A))

class L1(list):
    pass
class L2(list):
    def total(self):
        return sum(self)
lst = L1([1, 2, 3])
t(lambda: setattr(lst, '__class__', L2))
print(lst.total(), type(lst).__name__)
t(lambda: setattr(lst, '__class__', list))
t(lambda: delattr(obj, '__class__'))

class Proxy:
    @property
    def __class__(self):
        return int
p = Proxy()
print(isinstance(p, int), type(p).__name__, p.__class__.__name__)
