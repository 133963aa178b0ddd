# Truth testing: __bool__, __len__ and their errors.
class T:
    def __bool__(self):
        return True
class F:
    def __bool__(self):
        return False
class L0:
    def __len__(self):
        return 0
class L3:
    def __len__(self):
        return 3
class Both:
    def __bool__(self):
        print('bool used')
        return True
    def __len__(self):
        print('len used')
        return 0
class Neither:
    pass

for obj in (T(), F(), L0(), L3(), Both(), Neither()):
    print(type(obj).__name__, bool(obj), 'yes' if obj else 'no', not obj)

def t(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
class BadBool2:
    def __bool__(self):
        return None
class BadLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return '3'
class FloatLen:
    def __len__(self):
        return 3.0
class HugeLen:
    def __len__(self):
        return 2 ** 100
class BoolLen:
    def __len__(self):
        return True
class IndexLen:
    class I:
        def __index__(self):
            return 4
    def __len__(self):
        return IndexLen.I()
t(lambda: bool(BadBool()))
t(lambda: bool(BadBool2()))
t(lambda: not BadBool())
t(lambda: bool(BadLen()))
t(lambda: len(BadLen()))
t(lambda: len(StrLen()))
t(lambda: bool(StrLen()))
t(lambda: len(FloatLen()))
t(lambda: len(HugeLen()))
t(lambda: bool(HugeLen()))
t(lambda: len(BoolLen()))
t(lambda: len(IndexLen()))
t(lambda: len(Neither()))
t(lambda: len(5))
t(lambda: 1 if BadBool() else 0)
t(lambda: BadBool() and 1)
t(lambda: [x for x in [1] if BadBool2()])
class NoneBool:
    __bool__ = None
t(lambda: bool(NoneBool()))
print(bool(0), bool(''), bool([]), bool(()), bool({}), bool(None), bool(0.0), bool(0j))
print(bool(1), bool(' '), bool([0]), bool(float('nan')), bool(range(0)), bool(range(1)))
