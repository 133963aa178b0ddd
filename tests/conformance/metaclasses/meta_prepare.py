# __prepare__ supplies the class namespace.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)

class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        print('ns type', type(ns).__name__)
        return cls

class Fields(metaclass=OrderMeta):
    b = 1
    a = 2
    def c(self): pass
    b = 3

print(Fields.field_order, Fields.b, type(Fields.__dict__).__name__)

class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError(f'duplicate definition of {key!r}')
        super().__setitem__(key, value)

class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDuplicates()

try:
    class Bad(metaclass=StrictMeta):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)

class DefaultNs(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key[5:].upper()
        raise KeyError(key)

class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return DefaultNs()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))

class Auto(metaclass=AutoMeta):
    value = auto_hello
print(Auto.value)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class B2(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(type.__prepare__('X', ())).__name__)
print(type.__prepare__('X', (), anything=1))
