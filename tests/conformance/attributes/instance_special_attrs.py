# Special attributes visible on instances: __class__, __dict__, __module__, __doc__.
class C:
    """Docstring of C."""
    def __init__(self):
        self.x = 1

c = C()
print(c.__class__.__name__, c.__module__, c.__doc__)
print(c.__dict__, '__module__' in c.__dict__, '__doc__' in c.__dict__)
c.__doc__ = 'instance doc'
print(c.__doc__, C.__doc__, c.__dict__)
c.__module__ = 'instance module'
print(c.__module__, C.__module__)
print(type(c.__init__).__name__, c.__init__.__self__ is c, c.__init__.__func__ is C.__init__)

def t(thunk):
    try:
        print(thunk())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

t(lambda: c.__name__)
t(lambda: c.__qualname__)
t(lambda: c.__bases__)
t(lambda: c.__mro__)
t(lambda: c.__slots__)
t(lambda: (1).__class__.__name__)
t(lambda: (1).__dict__)
t(lambda: None.__class__.__name__)
t(lambda: type(c.__sizeof__()).__name__)
t(lambda: c.__weakref__)
t(lambda: c.__annotations__)
t(lambda: C.__annotations__)
t(lambda: c.__firstlineno__)
t(lambda: c.__static_attributes__)
t(lambda: c.__init_subclass__.__name__)
t(lambda: c.__subclasshook__.__name__)
t(lambda: c.__format__('') == str(c))
t(lambda: c.__ne__(c))
t(lambda: c.__eq__(c))
t(lambda: c.__dir__() is not None)
t(lambda: [k for k in dir(c) if not k.startswith('__')])

class WithName:
    __name__ = 'class attr __name__'
print(WithName.__name__, WithName().__name__)
class Annot:
    a: int
    def __init__(self):
        self.b = 2
print(Annot.__annotations__, vars(Annot()))
t(lambda: Annot().__annotations__)
