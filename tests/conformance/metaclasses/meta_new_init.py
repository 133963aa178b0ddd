# A custom metaclass with __new__ and __init__.
log = []

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__'))))
        ns['added_by_meta'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name, 'added_by_meta' in ns))
        super().__init__(name, bases, ns)

class A(metaclass=Meta):
    x = 1
    def m(self):
        return 'm'

class B(A):
    y = 2

for entry in log:
    print(entry)
print(type(A).__name__, type(B).__name__, A.added_by_meta, B.added_by_meta)
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))
print(A().m(), B.x, B.y)

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)

class Plugin(metaclass=Registry):
    pass
class P1(Plugin):
    pass
class P2(Plugin):
    pass
class P3(P1):
    pass
print(Registry.classes)

# metaclass methods are available on the class but not on instances
class WithMethod(type):
    def describe(cls):
        return f'class {cls.__name__}'
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class K(metaclass=WithMethod):
    pass
print(K.describe(), K.upper_name)
try:
    K().describe()
except AttributeError as e:
    print(type(e).__name__, e)
print('describe' in dir(K))

# a plain function as metaclass
def func_meta(name, bases, ns):
    ns['made_by'] = 'function'
    return type(name, bases, ns)

class F(metaclass=func_meta):
    pass
print(F.made_by, type(F).__name__)

def returns_other(name, bases, ns):
    return 42
class NotAClass(metaclass=returns_other):
    pass
print(NotAClass)
