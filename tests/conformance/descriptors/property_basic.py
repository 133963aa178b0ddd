# property: getter, setter, deleter.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in Celsius."
        print('get')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set', v)
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('delete')
        self._c = None

t = Temp()
print(t.celsius)
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.celsius.fdel.__name__)

class ReadOnly:
    @property
    def value(self):
        return 42

r = ReadOnly()
print(r.value)
for action in (lambda: setattr(r, 'value', 1), lambda: delattr(r, 'value')):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)

# property in instance __dict__ does not shadow data descriptor
r.__dict__['value'] = 'shadow?'
print(r.value, r.__dict__)

class Classic:
    def _get(self):
        return self._x
    def _set(self, v):
        self._x = v * 2
    x = property(_get, _set, None, 'classic doc')
c = Classic()
c.x = 5
print(c.x, Classic.x.__doc__)

class Failing:
    @property
    def broken(self):
        return self.missing_attr
try:
    Failing().broken
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
class Empty:
    attr = p
try:
    Empty().attr
except AttributeError as e:
    print(type(e).__name__, e)
print(p.fget, p.fset, p.fdel, p.__doc__)
