# __format__ and format specs.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == '':
            return f'${self.cents / 100:.2f}'
        if spec == 'c':
            return f'{self.cents}c'
        return f'[{spec}]'
    def __str__(self):
        return 'Money-str'

m = Money(1234)
print(format(m), format(m, 'c'), format(m, '>10'))
print(f'{m}', f'{m:c}', f'{m:anything goes}', f'{m!s}', f'{m!s:>10}')
print('{} {:c} {:x}'.format(m, m, m))
print('{0:{1}}'.format(m, 'c'))
width = 8
print(f'{m:{width}}')

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{BadFormat()}'
except TypeError as e:
    print(type(e).__name__, e)

class Default:
    def __str__(self):
        return 'default-str'
d = Default()
print(format(d), f'{d}', '{}'.format(d))
for spec in ['>5', 's', '10']:
    try:
        print(format(d, spec))
    except TypeError as e:
        print(type(e).__name__, e)

class SubInt(int):
    pass
class SubStr(str):
    def __format__(self, spec):
        return 'SubStr:' + spec
print(format(SubInt(255), 'x'), format(SubStr('a'), '>3'), f'{SubStr("b"):q}')

def t(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t(lambda: format(1, 'z'))
t(lambda: format('s', 'd'))
t(lambda: format(1.5, 'd'))
t(lambda: format(3, '.2'))
t(lambda: format([1], ''))
t(lambda: format([1], 'x'))
t(lambda: format(None, ''))
t(lambda: format(None, '>4'))
t(lambda: format(12345.678, ',.1f'))
t(lambda: format(255, '#010b'))
t(lambda: format('abc', '^9'))
t(lambda: format(1, 5))
