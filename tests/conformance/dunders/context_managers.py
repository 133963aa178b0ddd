# __enter__/__exit__: return values, exception suppression, exit arguments.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress

with CM('a') as v:
    print('body', v)

with CM('b', suppress=True):
    raise ValueError('swallowed')
print('after b')

try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', type(e).__name__, e)

with CM('outer') as o, CM('inner') as i:
    print('both', o, i)

with CM('x', suppress=True), CM('y'):
    raise RuntimeError('from inner block')
print('after x y')
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return 'non-empty string'
with Truthy():
    1 / 0
print('suppressed by truthy return')
def t(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
def use(obj):
    def f():
        with obj:
            pass
    return f
t(use(NoExit()))
t(use(NoEnter()))
t(use(5))
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError('from exit')
def exit_raises():
    with ExitRaises():
        raise ValueError('original')
try:
    exit_raises()
except TypeError as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__, e.__context__)
def early_return():
    with CM('ret'):
        return 'returned value'
print(early_return())
for n in range(3):
    with CM(f'loop{n}', suppress=True):
        if n == 1:
            continue
        if n == 2:
            break
