# The reflected method of a subclass is tried first.
class Base:
    def __init__(self, tag):
        self.tag = tag
    def __add__(self, other):
        return f'Base.__add__({self.tag}, {other.tag})'
    def __radd__(self, other):
        return f'Base.__radd__({self.tag}, {other.tag})'
    def __lt__(self, other):
        return f'Base.__lt__({self.tag}, {other.tag})'
    def __gt__(self, other):
        return f'Base.__gt__({self.tag}, {other.tag})'

class Overrides(Base):
    def __radd__(self, other):
        return f'Overrides.__radd__({self.tag}, {other.tag})'
    def __gt__(self, other):
        return f'Overrides.__gt__({self.tag}, {other.tag})'

class Inherits(Base):
    pass

b = Base('b')
o = Overrides('o')
i = Inherits('i')
print(b + o)
print(o + b)
print(b + i)
print(i + b)
print(b < o)
print(o < b)
print(b < i)
print(i < b)

class NI(Base):
    def __radd__(self, other):
        return NotImplemented
n = NI('n')
print(b + n)

class MyInt(int):
    def __radd__(self, other):
        return f'MyInt.__radd__({other})'
    def __rsub__(self, other):
        return f'MyInt.__rsub__({other})'
    def __eq__(self, other):
        return 'MyInt eq'
print(1 + MyInt(2), 5 - MyInt(1), MyInt(2) + 1)
print(1 == MyInt(1), MyInt(1) == 1)

class MyFloat(float):
    def __rmul__(self, other):
        return 'MyFloat rmul'
print(2.0 * MyFloat(3), 2 * MyFloat(3), MyFloat(3) * 2)

class MyStr(str):
    def __radd__(self, other):
        return 'MyStr radd'
print('a' + MyStr('b'), MyStr('b') + 'a')
class MyList(list):
    def __radd__(self, other):
        return 'MyList radd'
print([1] + MyList([2]))
