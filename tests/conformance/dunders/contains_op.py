# __contains__ and the in operator's fallbacks.
class WithContains:
    def __contains__(self, item):
        print('contains', item)
        return item == 'yes'

w = WithContains()
print('yes' in w, 'no' in w, 'no' not in w)

class Truthy:
    def __contains__(self, item):
        return [1]
print(1 in Truthy())

class ViaIter:
    def __iter__(self):
        print('iter')
        return iter([1, 2, 3])
print(2 in ViaIter(), 5 in ViaIter())

class ViaGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        print('getitem', i)
        return i * 10
print(20 in ViaGetitem(), 99 in ViaGetitem())

class Nothing:
    pass
def t(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

t(lambda: 1 in Nothing())
t(lambda: 1 in 5)
t(lambda: 1 in None)
t(lambda: 1 in 'abc')
t(lambda: 'a' in 'abc')
t(lambda: [] in {1: 2})
t(lambda: [] in {1})
t(lambda: [] in [1, []])

class NoneContains:
    __contains__ = None
t(lambda: 1 in NoneContains())

class Raising:
    def __contains__(self, x):
        raise ValueError('inside contains')
try:
    1 in Raising()
except ValueError as e:
    print(type(e).__name__, e)

class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() in [1], 1 in [AlwaysEq()], AlwaysEq() in (None,))
nan = float('nan')
print(nan in [nan], nan == nan, nan in [float('nan')])

class Infinite:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1
print(100 in Infinite())
print('ab' in 'cabd', b'ab' in b'xaby', 3 in range(5), 3.0 in range(5), '3' in range(5))
print(1 in {1: 'a'}.values(), 'a' in {1: 'a'}.values(), (1, 'a') in {1: 'a'}.items())
