# How type.__call__ combines __new__ and __init__.
log = []
class Base:
    def __new__(cls, *args, **kwargs):
        log.append(f'{cls.__name__}.__new__{args}')
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        log.append(f'{type(self).__name__}.__init__{args}')

class Sub(Base):
    pass

class ReturnsSub(Base):
    def __new__(cls, *args):
        log.append('ReturnsSub.__new__ returning a SubOfReturnsSub')
        return object.__new__(SubOfReturnsSub)
class SubOfReturnsSub(ReturnsSub):
    pass

class ReturnsParent(Base):
    def __new__(cls, *args):
        return Base.__new__(Base)

Base(1)
print(log); log.clear()
Sub(2, 3)
print(log); log.clear()
r = ReturnsSub(4)
print(type(r).__name__, log); log.clear()
p = ReturnsParent(5)
print(type(p).__name__, log); log.clear()

class NewOnlyArgs:
    def __new__(cls, a, b):
        return super().__new__(cls)
print(type(NewOnlyArgs(1, 2)).__name__)
try:
    NewOnlyArgs(1)
except TypeError as e:
    print(type(e).__name__, e)

class InitOnlyArgs:
    def __init__(self, a):
        self.a = a
print(InitOnlyArgs(1).a)

class ExtraToObjectNew:
    def __init__(self):
        pass
try:
    ExtraToObjectNew(1)
except TypeError as e:
    print(type(e).__name__, e)

class BothOverridden:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        pass
try:
    BothOverridden(1)
except TypeError as e:
    print(type(e).__name__, e)

class InitCalledTwice:
    def __init__(self, v):
        self.v = getattr(self, 'v', 0) + v
obj = InitCalledTwice(1)
obj.__init__(10)
print(obj.v)
obj2 = InitCalledTwice.__new__(InitCalledTwice)
print(hasattr(obj2, 'v'), type(obj2).__name__)
try:
    InitCalledTwice.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
