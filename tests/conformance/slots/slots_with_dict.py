# __slots__ that include __dict__ and __weakref__.
class Mixed:
    __slots__ = ('fixed', '__dict__')

m = Mixed()
m.fixed = 1
m.dynamic = 2
print(m.fixed, m.dynamic, m.__dict__, vars(m))
print('fixed' in m.__dict__, sorted(k for k in Mixed.__dict__ if k in ('fixed', '__dict__', '__slots__')))

class WithWeakref:
    __slots__ = ('a', '__weakref__')
w = WithWeakref()
print(hasattr(w, '__weakref__'), w.__weakref__, hasattr(w, '__dict__'))
try:
    w.b = 1
except AttributeError as e:
    print(type(e).__name__, e)

def t(make):
    try:
        k = make()
        print('created', k.__name__, k.__slots__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def dup_dict():
    class D:
        __slots__ = ('__dict__', '__dict__')
    return D
t(dup_dict)
def dict_twice_inherited():
    class B:
        __slots__ = ('__dict__',)
    class D(B):
        __slots__ = ('__dict__',)
    return D
t(dict_twice_inherited)
def weakref_twice():
    class D:
        __slots__ = ('__weakref__', '__weakref__')
    return D
t(weakref_twice)
def bad_name():
    class D:
        __slots__ = ('not valid',)
    return D
t(bad_name)
def non_str():
    class D:
        __slots__ = (1,)
    return D
t(non_str)
def conflict():
    class D:
        __slots__ = ('x',)
        x = 5
    return D
t(conflict)
def dup_name():
    class D:
        __slots__ = ('x', 'x')
    return D
t(dup_name)
def private():
    class D:
        __slots__ = ('__secret',)
        def set(self):
            self.__secret = 1
            return self.__secret
    print(D().set(), [k for k in D.__dict__ if 'secret' in k])
    return D
t(private)
def number_slots():
    class D:
        __slots__ = 5
    return D
t(number_slots)
