# The implicit __class__ cell used by super() and readable in methods.
class A:
    def who(self):
        return __class__.__name__
    def via_super(self):
        return 'A.via_super'

class B(A):
    def who(self):
        return __class__.__name__ + ' <- ' + super().who()
    def via_super(self):
        return 'B -> ' + super().via_super()

print(A().who(), B().who(), B().via_super())
print(B.who.__code__.co_freevars, A.via_super.__code__.co_freevars)
print('__classcell__' in B.__dict__)

class C:
    def get_class(self):
        return __class__
    @classmethod
    def cm(cls):
        return __class__ is cls
    @staticmethod
    def sm():
        return __class__.__name__
class D(C):
    pass
print(D().get_class().__name__, D.cm(), C.cm(), D.sm())

# the cell refers to the class created by the class statement, even after renaming
Alias = C
del C
print(Alias().get_class() is Alias)

# a method moved to another class keeps its original __class__
def make():
    class Origin:
        def m(self):
            return super().__repr__ is not None, __class__.__name__
    return Origin
Origin = make()
class Target:
    m = Origin.m
print(Origin().m())
try:
    Target().m()
except TypeError as e:
    print(type(e).__name__, e)

# metaclass __new__ must pass the namespace through for __classcell__
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('has __classcell__:', '__classcell__' in ns)
        return super().__new__(mcls, name, bases, ns)
class WithCell(metaclass=Meta):
    def m(self):
        return __class__.__name__
print(WithCell().m())

class DropsCell(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(mcls, name, bases, ns)
try:
    class Broken(metaclass=DropsCell):
        def m(self):
            return __class__
    Broken().m()
except (RuntimeError, NameError) as e:
    print(type(e).__name__, e)
