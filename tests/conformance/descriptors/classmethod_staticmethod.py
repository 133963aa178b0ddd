# classmethod and staticmethod objects.
class C:
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def sm(x):
        return ('static', x)

class D(C):
    pass

print(C.cm(1), C().cm(2), D.cm(3), D().cm(4))
print(C.sm(1), C().sm(2), D.sm(3))
cm_obj = C.__dict__['cm']
sm_obj = C.__dict__['sm']
print(type(cm_obj).__name__, type(sm_obj).__name__)
print(cm_obj.__func__.__name__, sm_obj.__func__.__name__)
print(cm_obj.__get__(None, D)(5))
print(cm_obj.__get__(D())(6))
print(sm_obj.__get__(None, C)(7), sm_obj.__get__(C())(8))
print(sm_obj(9))
print(callable(cm_obj), callable(sm_obj))
try:
    cm_obj(1)
except TypeError as e:
    print(type(e).__name__, e)

print(C.sm.__name__, C.sm.__qualname__, C.cm.__name__, C.cm.__qualname__)
print(cm_obj.__wrapped__ is cm_obj.__func__, sm_obj.__wrapped__ is sm_obj.__func__)
print(C.sm.__doc__, sm_obj.__isabstractmethod__)

def plain(*a):
    return a
C.late_cm = classmethod(plain)
C.late_sm = staticmethod(plain)
print(C.late_cm(1), C().late_sm(1))

# classmethod of a builtin callable
class E:
    fromkeys = classmethod(dict.fromkeys)
    length = staticmethod(len)
try:
    print(E.fromkeys('ab'))
except TypeError as e:
    print(type(e).__name__, e)
print(E.length([1, 2, 3]), E().length('ab'))

try:
    classmethod()
except TypeError as e:
    print(type(e).__name__, e)
print(type(staticmethod(5)).__name__)
try:
    class F:
        s = staticmethod(5)
    F.s()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class G:
        c = classmethod(5)
    G.c()
except TypeError as e:
    print(type(e).__name__, e)

class Counter:
    count = 0
    @classmethod
    def incr(cls):
        cls.count += 1
        return cls.count
class Sub(Counter):
    pass
print(Counter.incr(), Sub.incr(), Sub.incr(), Counter.count, Sub.count)
