# Bound and unbound method calls.
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, x, y=0):
        return self.v + x + y

c = C(10)
m = c.get
print(m())
print(C.get(c))
print(C.add(c, 1, 2))
print(c.add(1, y=5))
print(m.__self__ is c, m.__func__ is C.get)
print(m.__name__, m.__qualname__)
print(type(m).__name__, type(C.get).__name__)
print(c.get == c.get, c.get is c.get)
print(C(10).get == c.get)
c2 = c
print(c2.get == c.get)

# unbound call on an unrelated object works (plain function)
class D:
    v = 99
print(C.get(D()))
print(C.get.__get__(D())())

# methods kept after the instance changes
c.v = 20
print(m())

# storing a function in an instance does not bind
def free(*a):
    return len(a)
c.free = free
print(c.free())
C.free2 = free
print(c.free2())

# builtin methods
lst = [3, 1, 2]
app = lst.append
app(0)
print(lst, app.__self__ is lst, type(app).__name__, app.__name__)
print(list.append.__name__, type(list.append).__name__)
list.sort(lst)
print(lst)
print(str.upper('abc'), str.join('-', ['a', 'b']))
print(dict.fromkeys('ab', 0))
try:
    list.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.get()
except TypeError as e:
    print(type(e).__name__, e)
