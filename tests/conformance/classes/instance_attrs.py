# Instance attributes versus class attributes.
class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        C.count += 1

a = C('a')
b = C('b')
print(a.name, b.name, C.count, a.count)
a.shared.append(1)
print(b.shared, C.shared)
a.count = 100
print(a.count, b.count, C.count)
print(a.__dict__, b.__dict__)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del b.shared
except AttributeError as e:
    print(type(e).__name__, e)

a.new_attr = 'dynamic'
print(a.new_attr, hasattr(b, 'new_attr'))
try:
    b.new_attr
except AttributeError as e:
    print(type(e).__name__, e)

# class attribute assignment through the class
C.shared = 'replaced'
print(a.shared, b.shared)
C.extra = 'added later'
print(a.extra)
del C.extra
print(hasattr(a, 'extra'))
try:
    del C.extra
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.missing
except AttributeError as e:
    print(type(e).__name__, e)

# attribute names need not be identifiers via setattr
setattr(a, 'not an identifier', 1)
setattr(a, '123', 2)
print(getattr(a, 'not an identifier'), getattr(a, '123'))
print(sorted(a.__dict__))
try:
    setattr(a, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, None)
except TypeError as e:
    print(type(e).__name__, e)
print(a.__class__ is C, type(a) is C)
