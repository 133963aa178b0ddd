# Python 3.14 evaluates annotations lazily (PEP 649/749).
def f(x: UndefinedYet, y: int = 1) -> AlsoUndefined:
    return x

print(f(5))
try:
    f.__annotations__
except NameError as e:
    print(type(e).__name__, e)

class UndefinedYet:
    pass
AlsoUndefined = str
print(f.__annotations__)

evaluations = []
def note(label):
    evaluations.append(label)
    return label

def g(a: note('a'), b: note('b')) -> note('ret'):
    pass
print('after def', evaluations)
print(g.__annotations__)
print('after access', evaluations)
g.__annotations__
print('cached', evaluations)

print(callable(g.__annotate__), g.__annotate__(1))
def no_annotations(x):
    pass
print(no_annotations.__annotate__, no_annotations.__annotations__)

class C:
    attr: int
    other: 'forward' = 5
    late: LaterClass
print(C.other, 'attr' in C.__dict__)
try:
    C.__annotations__
except NameError as e:
    print(type(e).__name__, e)
class LaterClass:
    pass
print(C.__annotations__)

def h(x: int) -> None:
    pass
h.__annotations__ = {'replaced': True}
print(h.__annotations__, h.__annotate__)
for fmt in (2, 3, 4):
    try:
        print(fmt, g.__annotate__(fmt))
    except NotImplementedError as e:
        print(fmt, type(e).__name__, e)
def k(v: 1 / 0):
    pass
try:
    k.__annotations__
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print('module annotations run lazily too')
module_level: int = 3
print(module_level, __annotate__(1) if '__annotate__' in globals() else 'no __annotate__ global')
