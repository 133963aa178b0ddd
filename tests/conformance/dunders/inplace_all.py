# Every in-place operator method, and the TypeError messages when none is defined.
names = ['iadd', 'isub', 'imul', 'imatmul', 'itruediv', 'ifloordiv', 'imod', 'ipow',
         'ilshift', 'irshift', 'iand', 'ixor', 'ior']
class All:
    pass
for name in names:
    setattr(All, f'__{name}__', (lambda nm: lambda self, o: nm)(name))
results = []
for stmt in ['+=', '-=', '*=', '@=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '^=', '|=']:
    v = All()
    exec(f'v {stmt} 1')
    results.append(v)
print(results)

class Nothing:
    pass
for stmt in ['+=', '@=', '**=', '|=']:
    v = Nothing()
    try:
        exec(f'v {stmt} 1')
    except TypeError as e:
        print(type(e).__name__, e)

# augmented assignment on attributes and subscripts evaluates the target once
log = []
class Holder:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        log.append('get v')
        return self._v
    @v.setter
    def v(self, value):
        log.append('set v')
        self._v = value
class Box:
    def __init__(self):
        self.data = {'k': 10}
    def __getitem__(self, key):
        log.append('getitem ' + key)
        return self.data[key]
    def __setitem__(self, key, value):
        log.append('setitem ' + key)
        self.data[key] = value
def key():
    log.append('key evaluated')
    return 'k'
h = Holder()
h.v += 5
b = Box()
b[key()] *= 3
print(h._v, b.data, log)
x = 5
x **= 2
x //= 3
x %= 5
x <<= 4
x ^= 0b1010
print(x)
