# __reversed__ and the __len__/__getitem__ fallback for reversed().
class R:
    def __reversed__(self):
        return iter('cba')
print(list(reversed(R())))

class SeqRev:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return 'item%d' % i
print(list(reversed(SeqRev())))

def t(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class OnlyGetitem:
    def __getitem__(self, i):
        return i
class OnlyLen:
    def __len__(self):
        return 1
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
class RevNotIterator:
    def __reversed__(self):
        return [1, 2]

t(lambda: reversed(OnlyGetitem()))
t(lambda: reversed(OnlyLen()))
t(lambda: reversed(RevNone()))
t(lambda: reversed(RevNotIterator()))
t(lambda: reversed(5))
t(lambda: list(reversed({1: 'a', 2: 'b'})))
t(lambda: reversed({1, 2}))
t(lambda: list(reversed(range(5))))
t(lambda: list(reversed('hello')))
t(lambda: list(reversed((1, 2, 3))))
t(lambda: type(reversed([1])).__name__)
t(lambda: reversed([1]).__length_hint__())

class Shrinking:
    def __init__(self):
        self.data = [1, 2, 3, 4]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
s = Shrinking()
r = reversed(s)
print(next(r))
s.data.pop(0)
s.data.pop(0)
try:
    print(list(r))
except IndexError as e:
    print(type(e).__name__, e)

class NegLen:
    def __len__(self):
        return -5
    def __getitem__(self, i):
        return i
t(lambda: reversed(NegLen()))
print(len([1, 2]), len('abc'), len({}), len(range(10, 0, -3)), len(b'xy'))
