# repr() of classes, functions' names, and nested/local classes.
class Top:
    class Inner:
        pass
    def method(self):
        pass

def factory():
    class Local:
        pass
    return Local

print(repr(Top), repr(Top.Inner), repr(factory()))
print(str(Top), f'{Top}', [Top, Top.Inner])
print(repr(int), repr(type), repr(type(None)), repr(type(len)), repr(type(Top.method)))
print(repr(object), repr(BaseException), repr(ValueError))
print(repr(type(iter([]))), repr(type({}.keys())), repr(type(x for x in ())))

Dyn = type('Dyn', (), {'__module__': 'fake.module'})
print(repr(Dyn))
NoModule = type('NoModule', (), {})
print(repr(NoModule))
Top.__qualname__ = 'Renamed.Top'
print(repr(Top), Top.__name__)
Top.__module__ = 'builtins'
print(repr(Top))
Top.__module__ = None
print(repr(Top))

class Meta(type):
    def __repr__(cls):
        return f'<Meta class {cls.__name__}>'
class WithMeta(metaclass=Meta):
    pass
print(repr(WithMeta), str(WithMeta), [WithMeta])
print(repr(Meta), repr(type(WithMeta)))

class StrMeta(type):
    def __str__(cls):
        return 'str of ' + cls.__name__
class WithStr(metaclass=StrMeta):
    pass
print(str(WithStr), repr(WithStr), f'{WithStr}', [WithStr])
print(repr(Ellipsis), repr(NotImplemented), repr(None), repr(True))
