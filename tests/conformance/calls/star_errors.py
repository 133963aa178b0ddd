# Errors from * and ** unpacking at call sites.
def f(*args, **kwargs):
    return args, kwargs

def t(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: f(*1))
t(lambda: f(*None))
t(lambda: f(1, *2.5))
t(lambda: f(**1))
t(lambda: f(**None))
t(lambda: f(**[1, 2]))
t(lambda: f(**[('a', 1)]))
t(lambda: f(**{1: 2}))
t(lambda: f(**{'a': 1}, **{1: 2}))
t(lambda: f(**{'a': 1}, **{'a': 2}))
t(lambda: f(a=1, **{'a': 2}))
t(lambda: f(**{'a': 1}, a=2))
t(lambda: f(*'ab', **{'x': 1}))

class NotMapping:
    pass

class OnlyKeys:
    def keys(self):
        return ['a']

class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k

class RaisingIter:
    def __iter__(self):
        raise ValueError('boom in iter')

t(lambda: f(**NotMapping()))
t(lambda: f(**OnlyKeys()))
t(lambda: f(**BadKeys()))
t(lambda: f(*RaisingIter()))
t(lambda: f(*NotMapping()))

def g(a, b):
    return a + b

t(lambda: g(*[1]))
t(lambda: g(*[1, 2, 3]))
t(lambda: g(**{'a': 1}))
t(lambda: g(**{'a': 1, 'b': 2, 'c': 3}))
t(lambda: g(1, **{'a': 2}))
t(lambda: len(*[1, 2]))
t(lambda: len(**{'x': 1}))
t(lambda: print(**{1: 2}))
t(lambda: dict(**{1: 2}))
