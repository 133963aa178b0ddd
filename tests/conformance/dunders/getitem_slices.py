# __getitem__/__setitem__/__delitem__ receive slice objects.
class Recorder:
    def __getitem__(self, key):
        return ('get', key)
    def __setitem__(self, key, value):
        print('set', key, value)
    def __delitem__(self, key):
        print('del', key)

r = Recorder()
print(r[1])
print(r[1:2])
print(r[:])
print(r[::2])
print(r[1:2:3])
print(r[None:'a'])
print(r[1, 2])
print(r[1:2, 3])
print(r[...])
print(r[:, None])
r[0] = 'zero'
r[1:3] = [9, 9]
r[::-1] = 'x'
del r[5]
del r[2:]
del r[:, 1]

s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), slice(None).indices(3))
print(slice(5), slice(1, 2), slice(-1, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
    print('hashable')
except TypeError as e:
    print(type(e).__name__, e)

class ListLike:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ListLike(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __repr__(self):
        return f'ListLike({self.data})'

ll = ListLike(range(8))
print(ll[2:5], ll[::-3], ll[-1])
ll[1:3] = 'ab'
del ll[::2]
print(ll)
def t(thunk):
    try:
        print(thunk())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
t(lambda: ll[100])
t(lambda: ll['x'])
t(lambda: [1, 2, 3][1.0])
t(lambda: [1, 2, 3]['a':])
t(lambda: (1, 2)[None])
t(lambda: 'abc'[1:2:0])
t(lambda: [1, 2][::0])
