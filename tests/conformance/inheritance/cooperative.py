# Cooperative multiple inheritance with super().
class Base:
    def __init__(self, **kw):
        print('Base.__init__', sorted(kw))
        super().__init__()

class Left(Base):
    def __init__(self, left=None, **kw):
        print('Left.__init__', left)
        self.left = left
        super().__init__(**kw)

class Right(Base):
    def __init__(self, right=None, **kw):
        print('Right.__init__', right)
        self.right = right
        super().__init__(**kw)

class Child(Left, Right):
    def __init__(self, **kw):
        print('Child.__init__')
        super().__init__(**kw)

c = Child(left=1, right=2)
print(c.left, c.right, [k.__name__ for k in Child.__mro__])
try:
    Child(left=1, right=2, extra=3)
except TypeError as e:
    print(type(e).__name__, e)

class Root:
    def chain(self):
        return ['Root']
class P(Root):
    def chain(self):
        return ['P'] + super().chain()
class Q(Root):
    def chain(self):
        return ['Q'] + super().chain()
class R(Root):
    def chain(self):
        return ['R'] + super().chain()
class PQ(P, Q):
    def chain(self):
        return ['PQ'] + super().chain()
class All(PQ, R):
    def chain(self):
        return ['All'] + super().chain()
print(All().chain())
print(PQ().chain())

class NonCoop(Root):
    def chain(self):
        return ['NonCoop']
class Mixed(P, NonCoop, Q):
    pass
print(Mixed().chain())

class LoggingMixin:
    def save(self):
        print('log before save')
        result = super().save()
        print('log after save')
        return result
class Storage:
    def save(self):
        print('storage save')
        return 'saved'
class Model(LoggingMixin, Storage):
    pass
print(Model().save())
try:
    LoggingMixin().save()
except AttributeError as e:
    print(type(e).__name__, e)
