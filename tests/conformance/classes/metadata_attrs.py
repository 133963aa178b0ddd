# __qualname__, __module__, __doc__, __name__ of classes and their writability.
class Top:
    """Top doc."""
    class Mid:
        class Low:
            pass
    def method(self):
        class InMethod:
            pass
        return InMethod

print(Top.__qualname__, Top.Mid.__qualname__, Top.Mid.Low.__qualname__)
print(Top().method().__qualname__)
print(Top.__module__, Top.Mid.__module__, Top.__doc__, Top.Mid.__doc__)

class Sub(Top):
    pass
print(Sub.__doc__)

Top.__qualname__ = 'NewQual'
print(Top.__qualname__, Top.__name__)
Top.__module__ = 'other.module'
print(Top.__module__, repr(Top))
Top.__doc__ = 'changed doc'
print(Top.__doc__)

def t(thunk):
    try:
        print(thunk())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

t(lambda: setattr(Top, '__qualname__', 1))
t(lambda: delattr(Top, '__qualname__'))
t(lambda: delattr(Top, '__name__'))
t(lambda: setattr(int, '__name__', 'integer'))
t(lambda: setattr(int, '__doc__', 'x'))
t(lambda: setattr(int, 'new_attr', 1))
t(lambda: setattr(object, 'x', 1))
t(lambda: int.__qualname__)
t(lambda: int.__module__)
t(lambda: object.__module__)
t(lambda: type.__qualname__)
t(lambda: Top.__dict__['__doc__'])
t(lambda: '__doc__' in Sub.__dict__)
t(lambda: Sub.__dict__['__doc__'])

class WithModuleInBody:
    __module__ = 'custom'
print(WithModuleInBody.__module__)

class Doc2:
    'single-quoted doc'
    x = 'not a doc'
print(Doc2.__doc__)

class DocNotFirst:
    x = 1
    'not doc'
print(DocNotFirst.__doc__)
print(type(Top.__dict__.get('__weakref__')).__name__, type(Top.__dict__.get('__dict__')).__name__)
print(Top.__name__ in dir(Top), '__module__' in dir(Top), 'method' in dir(Top))
