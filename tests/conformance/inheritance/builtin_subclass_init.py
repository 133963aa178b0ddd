# Subclasses of builtins: which of __new__/__init__ matter and what methods return.
class MyList(list):
    def __init__(self, *args):
        print('MyList.__init__', args)
        super().__init__(*args)

ml = MyList('abc')
print(ml, type(ml[:]).__name__, type(ml.copy()).__name__)
print(type(MyList('x') + MyList('y')).__name__)
ml += 'de'
print(ml, type(ml).__name__)
ml *= 2
print(len(ml), type(ml).__name__)

class MyInt(int):
    def __init__(self, value):
        print('MyInt.__init__', value)
        super().__init__()
print(MyInt('42') + 0, type(MyInt(5) * 2).__name__, type(-MyInt(3)).__name__, type(abs(MyInt(-3))).__name__)

class IgnoresArg(int):
    def __init__(self, *args, **kwargs):
        pass
print(IgnoresArg(7), IgnoresArg('8'))

class MyStr(str):
    pass
s = MyStr('Hello')
print(type(s.lower()).__name__, type(s[0]).__name__, type(s + '').__name__, type(str(s)).__name__)
print(type(s * 1).__name__, type(''.join([s])).__name__, type(s.strip()).__name__, type(f'{s}').__name__)

class MyDict(dict):
    def __init__(self, *args, **kwargs):
        print('MyDict.__init__', args, kwargs)
        super().__init__(*args, **kwargs)
md = MyDict({'a': 1}, b=2)
print(type(MyDict.fromkeys('xy')).__name__, type(md.copy()).__name__, type(md | {}).__name__)
md2 = MyDict.fromkeys('ab', 0)
print(md2)

class MyTuple(tuple):
    def __init__(self, items):
        print('MyTuple.__init__ sees', items, 'self is', tuple(self))
mt = MyTuple([1, 2])
print(mt, type(mt[1:]).__name__, type(mt + ()).__name__)

class MyFloat(float):
    pass
print(type(MyFloat(1.5) + 1).__name__, type(round(MyFloat(2.5))).__name__, MyFloat('1e3'))

class MyBytes(bytes):
    pass
print(MyBytes(b'ab'), type(MyBytes(b'ab')[0:1]).__name__, MyBytes(3))

class MyException(Exception):
    def __init__(self):
        super().__init__('fixed message')
try:
    raise MyException
except MyException as e:
    print(type(e).__name__, e, e.args)
