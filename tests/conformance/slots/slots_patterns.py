# Practical __slots__ classes: value objects, copying state, equality.
class Vector:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Vector({self.x}, {self.y})'
    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def as_dict(self):
        return {name: getattr(self, name) for name in self.__slots__}

v = Vector(1, 2)
print(v, v + Vector(3, 4), v == Vector(1, 2), v != Vector(2, 1), len({v, Vector(1, 2)}))
print(v.as_dict())
v.x = 10
print(v)

def clone(obj):
    new = object.__new__(type(obj))
    for cls in type(obj).__mro__:
        for name in getattr(cls, '__slots__', ()):
            if hasattr(obj, name):
                setattr(new, name, getattr(obj, name))
    return new
w = clone(v)
print(w, w is v, w == v)

class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
head = None
for i in range(5):
    head = Node(i, head)
out = []
while head:
    out.append(head.value)
    head = head.next
print(out)

class Partial:
    __slots__ = ('a', 'b')
p = Partial()
p.a = 1
print([name for name in Partial.__slots__ if hasattr(p, name)])
print(getattr(p, 'b', 'unset'))
state = p.__getstate__()
print(state)
p.b = 2
print(p.__getstate__())
class WithDictToo:
    __slots__ = ('s', '__dict__')
wd = WithDictToo()
wd.s = 1
wd.d = 2
print(wd.__getstate__())
