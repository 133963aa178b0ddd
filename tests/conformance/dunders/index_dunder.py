# __index__: used by slicing, range, bin/hex/oct, list indexing and more.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print('index', self.v)
        return self.v

data = list('abcdefgh')
print(data[I(2)])
print(data[I(1):I(5):I(2)])
print(range(I(3)), list(range(I(1), I(7), I(3))))
print(bin(I(5)), hex(I(255)), oct(I(8)))
print('xyz'[I(-1)], (1, 2, 3)[I(0)])
print([10, 20][I(1)])
print('ab' * I(3), [0] * I(2))
print(int(I(42)), bytes(I(3)), bytearray(I(2)))
print(round(7.123, I(1)), format(I(10).__index__(), 'b'))
print([1, 2, 3, 4][I(-3):], 'hello'[:I(2)])

def t(thunk):
    try:
        print(thunk())
    except (TypeError, OverflowError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

class BadIndex:
    def __index__(self):
        return 'not int'
class FloatIndex:
    def __index__(self):
        return 1.0
class BoolIndex:
    def __index__(self):
        return True
class NoIndex:
    pass
t(lambda: data[BadIndex()])
t(lambda: data[FloatIndex()])
t(lambda: data[BoolIndex()])
t(lambda: data[NoIndex()])
t(lambda: range(BadIndex()))
t(lambda: range(NoIndex()))
t(lambda: bin(NoIndex()))
t(lambda: hex(1.5))
t(lambda: data[1.5:])
t(lambda: data[NoIndex():])
t(lambda: 'ab' * NoIndex())
t(lambda: 'ab' * 1.5)
t(lambda: [1][2 ** 100])
t(lambda: data[2 ** 100:])

class SubInt(int):
    def __index__(self):
        return 99
print(data[SubInt(1)], bin(SubInt(1)), range(SubInt(2)))
class IndexAndInt:
    def __index__(self):
        return 3
    def __int__(self):
        return 4
print(int(IndexAndInt()), data[IndexAndInt()])
class OnlyIndex:
    def __index__(self):
        return 6
print(int(OnlyIndex()), complex(OnlyIndex()))
t(lambda: float(OnlyIndex()))
