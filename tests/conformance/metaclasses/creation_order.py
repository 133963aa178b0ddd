# The full order of events when a class statement runs.
log = []

class Field:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        log.append(f'__set_name__ {owner.__name__}.{name}')

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f'__prepare__ {name} {kw}')
        return {'injected': 'by prepare'}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f'Meta.__new__ {name} body-keys={sorted(k for k in ns if not k.startswith("__"))}')
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log.append(f'Meta.__new__ done {name}')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(f'Meta.__init__ {name}')
        super().__init__(name, bases, ns, **kw)
    def __call__(cls, *a, **k):
        log.append(f'Meta.__call__ {cls.__name__}')
        return super().__call__(*a, **k)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f'__init_subclass__ {cls.__name__} {kw}')
        super().__init_subclass__()

def deco(cls):
    log.append(f'decorator {cls.__name__}')
    return cls

log.append('before class statement')
@deco
class Child(Base, flag=True):
    log.append('class body start')
    a = Field('a')
    log.append('class body middle: injected=' + injected)
    b = Field('b')
    log.append('class body end')
log.append('after class statement')
Child()
for line in log:
    print(line)
print(Child.injected, type(Child).__name__)

log.clear()
class Plain:
    log.append('plain body')
    f = Field('f')
    def __init_subclass__(cls):
        log.append('never for Plain itself')
class PlainChild(Plain):
    g = Field('g')
print(log)
