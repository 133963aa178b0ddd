# classmethod/staticmethod wrapping other objects (no descriptor chaining in 3.13+).
class Getter:
    def __get__(self, obj, owner=None):
        return f'Getter.__get__(obj={type(obj).__name__}, owner={getattr(owner, "__name__", None)})'
    def __call__(self, *args):
        return ('Getter called with', len(args), 'args')

class C:
    via_cm = classmethod(Getter())
    via_sm = staticmethod(Getter())
    plain = Getter()

print(C.plain)
print(C().plain)
print(C.via_cm())
print(C().via_cm())
print(C.via_sm())
print(type(C.via_sm).__name__)

class Prop:
    @classmethod
    @property
    def cls_prop(cls):
        return 'cls_prop for ' + cls.__name__
try:
    print(Prop.cls_prop)
    print(type(Prop.cls_prop).__name__)
except TypeError as e:
    print(type(e).__name__, e)

def func(*args):
    return len(args)
class D:
    cm = classmethod(func)
    sm = staticmethod(func)
    nested = staticmethod(staticmethod(func))
    cm_of_sm = classmethod(staticmethod(func))
print(D.cm(), D().cm(1), D.sm(), D().sm(1), D.nested(1, 2))
try:
    print(D.cm_of_sm())
except TypeError as e:
    print(type(e).__name__, e)

sm = staticmethod(func)
cm = classmethod(func)
print(sm(1, 2, 3), sm.__func__ is func, cm.__func__ is func)
print(sm.__name__, cm.__name__, sm.__qualname__, cm.__doc__)
print(repr(sm).startswith('<staticmethod('), repr(cm).startswith('<classmethod('))
sm.extra = 'attrs allowed'
print(sm.extra, sm.__dict__)
try:
    staticmethod(func, func)
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(func).__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
print(classmethod(func).__get__(None, int)(), classmethod(func).__get__(5)())
