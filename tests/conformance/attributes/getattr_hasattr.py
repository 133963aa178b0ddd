# getattr with defaults and hasattr swallowing only AttributeError.
class C:
    x = 1
    @property
    def boom(self):
        raise ValueError('property raised ValueError')
    @property
    def attr_err(self):
        raise AttributeError('property raised AttributeError')
    @property
    def stop(self):
        raise StopIteration

c = C()
print(getattr(c, 'x'), getattr(c, 'y', None), getattr(c, 'y', 'dflt'))
print(hasattr(c, 'x'), hasattr(c, 'y'), hasattr(c, 'attr_err'))
print(getattr(c, 'attr_err', 'fallback'))
for name in ('boom', 'stop'):
    try:
        hasattr(c, name)
    except Exception as e:
        print('hasattr', name, type(e).__name__, e)
    try:
        getattr(c, name, 'dflt')
    except Exception as e:
        print('getattr', name, type(e).__name__, e)

def t(thunk):
    try:
        print(thunk())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

t(lambda: getattr(c))
t(lambda: getattr(c, 'x', 1, 2))
t(lambda: getattr(c, 1))
t(lambda: getattr(c, b'x'))
t(lambda: hasattr(c))
t(lambda: hasattr(c, None))
t(lambda: getattr(c, 'y'))
t(lambda: setattr(c, 'x'))
t(lambda: delattr(c))

class StrSub(str):
    pass
t(lambda: getattr(c, StrSub('x')))
setattr(c, StrSub('fresh'), 9)
print([type(k).__name__ for k in vars(c)], c.fresh)

class Dyn:
    def __getattr__(self, name):
        if name == 'lazy':
            return 'computed'
        raise AttributeError(name)
d = Dyn()
print(hasattr(d, 'lazy'), hasattr(d, 'other'), getattr(d, 'other', 42))

class GetattrTypeError:
    def __getattr__(self, name):
        raise TypeError('bad type ' + name)
try:
    hasattr(GetattrTypeError(), 'q')
except TypeError as e:
    print('propagated', type(e).__name__, e)
print(getattr(1, 'real'), getattr('a', 'upper')(), getattr(int, '__name__'))
print(getattr(c, '__class__').__name__, hasattr(c, '__dict__'), hasattr(1, '__dict__'))
