# __init__ and __new__.
class A:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, x):
        print('init', x)
        self.x = x

a = A(5)
print(a.x, a.created_by_new)

class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')

print(NotSelf())

class Other:
    def __init__(self):
        print('Other init not called either')

class Returns:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print('Returns init not called')
print(type(Returns()).__name__)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoInit(k=1)
except TypeError as e:
    print(type(e).__name__, e)

class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(3).a)
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)

class OnlyNew:
    def __new__(cls, a):
        self = object.__new__(cls)
        self.a = a
        return self
print(OnlyNew(7).a)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
class Subclass(A):
    pass
s = Subclass(9)
print(type(s).__name__, s.x)
print(type(A.__new__).__name__, type(A.__init__).__name__)
