# __mro_entries__: non-class objects in a bases list.
class Real:
    def hello(self):
        return 'hello from Real'

class Alias:
    def __init__(self, target):
        self.target = target
    def __mro_entries__(self, bases):
        print('mro_entries called with', len(bases), 'bases')
        return (self.target,)

alias = Alias(Real)

class Sub(alias):
    pass

print(Sub().hello(), [k.__name__ for k in Sub.__mro__])
print(Sub.__bases__[0].__name__, Sub.__orig_bases__[0] is alias)

class Multi:
    def __mro_entries__(self, bases):
        return (Real, Extra)

class Extra:
    def extra(self):
        return 'extra'

class S2(Multi()):
    pass
print([k.__name__ for k in S2.__mro__], S2().extra())

class Empty:
    def __mro_entries__(self, bases):
        return ()

class S3(Empty(), Real):
    pass
print([k.__name__ for k in S3.__mro__], S3.__orig_bases__[1].__name__)

class Bad:
    def __mro_entries__(self, bases):
        return 5

try:
    class S4(Bad()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class S5(42):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    type('S6', (alias,), {})
except TypeError as e:
    print(type(e).__name__, e)

class NoEntries:
    pass
try:
    class S7(NoEntries()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class S8(list[int]):
    pass
print([k.__name__ for k in S8.__mro__], S8([1, 2]))
print('__orig_bases__' in Real.__dict__, '__orig_bases__' in S8.__dict__)
