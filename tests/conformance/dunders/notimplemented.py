# NotImplemented handling in binary operators.
class A:
    def __add__(self, other):
        print('A.__add__')
        return NotImplemented
    def __radd__(self, other):
        print('A.__radd__')
        return NotImplemented

class B:
    def __add__(self, other):
        print('B.__add__')
        return NotImplemented
    def __radd__(self, other):
        print('B.__radd__')
        return 'B handled radd'

print(A() + B())
try:
    B() + A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)

class OnlyInt:
    def __mul__(self, other):
        if isinstance(other, int):
            return f'OnlyInt*{other}'
        return NotImplemented
    __rmul__ = __mul__

print(OnlyInt() * 3, 3 * OnlyInt())
for thunk in (lambda: OnlyInt() * 'x', lambda: 'x' * OnlyInt(), lambda: OnlyInt() * 2.5,
              lambda: [1] * OnlyInt()):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

print(type(NotImplemented).__name__, repr(NotImplemented), str(NotImplemented))
try:
    bool(NotImplemented)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__add__(1, 'a'), str.__add__('a', 'b'))
try:
    str.__add__('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
print((1).__radd__(2), (1).__rsub__(10), (2.5).__rmul__(2))
print((1).__truediv__(0.5), (1.5).__floordiv__(1))

class Same:
    def __sub__(self, other):
        return NotImplemented
    def __rsub__(self, other):
        return 'rsub not tried for same type?'
try:
    print(Same() - Same())
except TypeError as e:
    print(type(e).__name__, e)

class NamedMod:
    pass
NamedMod.__qualname__ = 'Outer.Renamed'
try:
    NamedMod() % NamedMod()
except TypeError as e:
    print(type(e).__name__, e)
