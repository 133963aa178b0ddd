# __getattr__ is called only when normal lookup fails.
class Fallback:
    cls_attr = 'class'
    def __init__(self):
        self.inst = 'instance'
    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')

f = Fallback()
print(f.inst, f.cls_attr)
print(f.dyn_hello)
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, 'dyn_x'), getattr(f, 'nope', 'default'))
print(hasattr(f, 'dyn_y'), hasattr(f, 'zzz'))

class Prop:
    @property
    def broken(self):
        raise AttributeError('inside property')
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Prop().broken)

class Raises:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    Raises().x
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(Raises(), 'x')
except KeyError as e:
    print('hasattr propagated', type(e).__name__, e)
try:
    getattr(Raises(), 'x', 'default')
except KeyError as e:
    print('getattr default propagated', type(e).__name__, e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)

class Recursive:
    def __getattr__(self, name):
        return self.missing_too
try:
    Recursive().x
except RecursionError as e:
    print(type(e).__name__)

class ClassLevel:
    pass
ClassLevel.__getattr__ = lambda self, name: 'added later: ' + name
print(ClassLevel().anything)
print('dunder via getattr:', ClassLevel().__foo__)
