# __class_getitem__ and subscripting classes.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'

print(Box[int], Box['x'], Box[1, 2], Box[()])
print(type(Box.__dict__['__class_getitem__']).__name__)

class Sub(Box):
    pass
print(Sub[str])

try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)

class NoGetitem:
    pass
try:
    NoGetitem[int]
except TypeError as e:
    print(type(e).__name__, e)

class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return ('explicit', cls.__name__, item)
print(Explicit[0])

class Meta(type):
    def __getitem__(cls, item):
        return 'meta getitem ' + str(item)

class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'class_getitem ' + str(item)
print(Both[1])

# builtin generics
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__ is list, list[int].__args__)
print(list[int]([1, 2]), list[int] == list[int], list[int] == list[str])

class Inst:
    def __getitem__(self, i):
        return i * 2
    def __class_getitem__(cls, i):
        return 'class ' + str(i)
print(Inst()[5], Inst[5])

class BadNotCallable:
    __class_getitem__ = 5
try:
    BadNotCallable[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[0]
except TypeError as e:
    print(type(e).__name__, e)
