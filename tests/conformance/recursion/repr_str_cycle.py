# __repr__ rebound to object.__str__ (which calls repr): RecursionError, never a crash (test_descr.test_repr_as_str).
class Foo:
    pass


Foo.__repr__ = Foo.__str__
foo = Foo()
for f in (str, repr):
    try:
        f(foo)
    except RecursionError:
        print(f.__name__, "RecursionError")


class Bar:
    def __repr__(self):
        return "Bar!"


print(str(Bar()), repr(Bar()), f"{Bar()}", object.__str__(Bar()))


class Five:
    def __repr__(self):
        return 5


for f in (str, repr):
    try:
        f(Five())
    except TypeError as e:
        print(f.__name__, e)
