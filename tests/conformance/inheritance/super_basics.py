# super() with and without arguments.
class A:
    def m(self):
        return ['A.m']
    @classmethod
    def cm(cls):
        return ['A.cm ' + cls.__name__]
    @staticmethod
    def sm():
        return ['A.sm']

class B(A):
    def m(self):
        return ['B.m'] + super().m()
    @classmethod
    def cm(cls):
        return ['B.cm ' + cls.__name__] + super().cm()
    @staticmethod
    def sm():
        return ['B.sm'] + super(B, B).sm()

class C(B):
    def m(self):
        return ['C.m'] + super(C, self).m()
    def skip(self):
        return super(B, self).m()

c = C()
print(c.m())
print(c.skip())
print(C.cm(), B.cm())
print(B.sm())
print(super(C, c).m(), super(B, c).m())
print(super(C, C).cm())
print(super(C, C).m(c))

s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
su = super(C)
print(su.__self__, su.__thisclass__.__name__)

def t(thunk):
    try:
        print(thunk())
    except (TypeError, RuntimeError, AttributeError) as e:
        print(type(e).__name__, e)

t(lambda: super(C, 5))
t(lambda: super(5, c))
t(lambda: super(C, A()).m())
t(lambda: super(A, c).m())
t(lambda: super(C, c).nonexistent)
t(lambda: super())
def outside():
    return super().m()
t(outside)
t(lambda: super(C, c).__class__.__name__)

class D(A):
    def m(self):
        def inner():
            return super(D, self).m()
        return ['D inner'] + inner()
    def lam(self):
        return (lambda: super().m())()
print(D().m())
t(D().lam)

class E(A):
    def m(self):
        self = 'rebound'
        return super().m()
t(E().m)
class F(A):
    def m(this):
        return super().m() + ['via this']
print(F().m())
