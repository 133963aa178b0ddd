# Subclassing Exception: custom init, str, args, hierarchies.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f'{name} not found')
        self.name = name

class WithCode(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'

for exc in (AppError(), AppError('plain'), AppError('a', 'b'), NotFound('key'), WithCode('bad', 400)):
    print(type(exc).__name__, '|', str(exc), '|', repr(exc), '|', exc.args)

try:
    raise NotFound('user')
except AppError as e:
    print('caught as AppError:', type(e).__name__, e, e.name)

try:
    raise WithCode('denied', 403)
except Exception as e:
    print('caught:', e, e.code)

class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
print(NoSuperInit(1, 2).args, str(NoSuperInit(1, 2)))

class CustomArgs(ValueError):
    def __init__(self, *args):
        super().__init__(*args)
        self.args = ('replaced',)
print(CustomArgs('x'), repr(CustomArgs('x')))

print([k.__name__ for k in NotFound.__mro__])
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), issubclass(AppError, NotFound))

class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi('multi')
except AttributeError as e:
    print('as AttributeError', repr(e), str(e))
try:
    {}['x']
except LookupError as e:
    print(type(e).__name__, e)

class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise AppError('inner')
    except AppError as inner:
        raise NotFound('outer') from inner
except NotFound as e:
    print(e, '| cause:', repr(e.__cause__), '| context is cause:', e.__context__ is e.__cause__)
e = AppError('with note')
e.add_note('a note')
print(e.__notes__, e.with_traceback(None) is e)
