# __repr__ and __str__: defaults and custom.
class Plain:
    pass

p = Plain()
r = repr(p)
print(r.startswith('<__main__.Plain object at '), r.endswith('>'))
print(str(p) == repr(p))

class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'

o = OnlyRepr()
print(repr(o), str(o), f'{o}', f'{o!r}', f'{o!s}', [o], (o,), {'k': o})

class OnlyStr:
    def __str__(self):
        return 'just str'

s = OnlyStr()
print(str(s), f'{s}')
print(repr(s).startswith('<__main__.OnlyStr object'))
print(repr([s])[:20])

class Both:
    def __repr__(self):
        return 'Both-repr'
    def __str__(self):
        return 'Both-str'

b = Both()
print(b, repr(b), [b], str([b]), '%s %r' % (b, b), '{} {!r}'.format(b, b))

class BadRepr:
    def __repr__(self):
        return 5

try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class BadStr:
    def __str__(self):
        return None
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

class RaisingRepr:
    def __repr__(self):
        raise ValueError('repr failed')
try:
    print([RaisingRepr()])
except ValueError as e:
    print(type(e).__name__, e)

class StrSub(str):
    pass
class ReturnsStrSub:
    def __repr__(self):
        return StrSub('sub')
print(repr(ReturnsStrSub()), type(repr(ReturnsStrSub())).__name__)
print(repr(Plain).replace('__main__', 'M'), str(Plain))
print(repr(int), repr(type), repr(object))
