# The class statement: attributes, methods, names.
class Empty:
    pass

print(Empty.__name__, Empty.__qualname__, Empty.__module__, Empty.__doc__)
print(Empty.__bases__ == (object,), type(Empty).__name__)
print(type(Empty()).__name__, isinstance(Empty(), Empty))

class Documented:
    """A documented class."""
    x = 1

print(Documented.__doc__, Documented.x)

class WithBody:
    print('executing class body')
    a = 1
    b = a * 2
    def method(self):
        return self.a + self.b
    for i in range(3):
        a += i
    del i

print(WithBody.a, WithBody.b, WithBody().method(), hasattr(WithBody, 'i'))
print(sorted(k for k in WithBody.__dict__ if not k.startswith('__')))
print('__module__' in WithBody.__dict__, '__qualname__' in WithBody.__dict__)
print(type(WithBody.__dict__).__name__)

def factory():
    class Local:
        def m(self):
            return 'm'
    return Local

L = factory()
print(L.__name__, L.__qualname__, L.m.__qualname__)
print(factory() is factory())

class Outer:
    class Inner:
        class Deepest:
            pass

print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)

# class body can return values from a nested function
class Computed:
    def helper(n):
        return n * n
    value = helper(5)
    del helper

print(Computed.value, hasattr(Computed, 'helper'))
class Redefined:
    def f(self):
        return 1
    def f(self):
        return 2
print(Redefined().f())
C2 = Empty
print(C2.__name__, C2 is Empty)
class OldStyleParens():
    pass
print(OldStyleParens.__bases__[0].__name__)
