# Messages for reading, writing and deleting slot attributes in various states.
class S:
    __slots__ = ('name', 'value')
    def __init__(self):
        self.name = 'n'

class Sub(S):
    __slots__ = ('extra',)

def t(label, thunk):
    try:
        r = thunk()
        print(label, 'ok' if r is None else r)
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, '|', e, '|', getattr(e, 'name', None))

s = S()
t('read unset', lambda: s.value)
t('read name', lambda: s.name)
t('delete unset', lambda: delattr(s, 'value'))
t('delete set', lambda: delattr(s, 'name'))
t('read deleted', lambda: s.name)
t('write unknown', lambda: setattr(s, 'other', 1))
t('read unknown', lambda: s.other)
t('delete unknown', lambda: delattr(s, 'other'))
sub = Sub()
t('sub read inherited unset', lambda: sub.value)
t('sub write extra', lambda: setattr(sub, 'extra', 1))
t('sub read extra', lambda: sub.extra)
t('sub write unknown', lambda: setattr(sub, 'nope', 1))
t('class read slot', lambda: type(S.name).__name__)
t('class write slot', lambda: setattr(S, 'value', 5))
t('instance read after class write', lambda: s.value)
t('instance write after class write', lambda: setattr(s, 'value', 6))
t('getattr default', lambda: getattr(sub, 'extra2', 'dflt'))
t('hasattr unset', lambda: hasattr(Sub(), 'extra'))
t('vars', lambda: vars(sub))
t('dir contains', lambda: [n for n in ('name', 'value', 'extra') if n in dir(sub)])
t('object setattr', lambda: object.__setattr__(sub, 'nope', 1))
t('object setattr slot', lambda: object.__setattr__(sub, 'extra', 'via object'))
t('read back', lambda: sub.extra)
