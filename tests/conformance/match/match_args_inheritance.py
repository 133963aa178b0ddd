# __match_args__ inheritance, properties, slots, and class-level attributes.
class Base:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
class Child(Base):
    pass
class Override(Base):
    __match_args__ = ("name", "extra")
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
class WithProperty:
    __match_args__ = ("area",)
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
class Slotted:
    __slots__ = ("a", "b")
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
def show(obj):
    match obj:
        case Override(n, e):
            return f"Override {n} {e}"
        case Child(n):
            return f"Child {n}"
        case Base(n):
            return f"Base {n}"
        case WithProperty(12):
            return "area twelve"
        case WithProperty(a):
            return f"area {a}"
        case Slotted(1, b):
            return f"slotted a=1 b={b}"
        case Slotted(a=a, b=2):
            return f"slotted b=2 a={a}"
        case _:
            return "?"
for obj in [Base("b"), Child("c"), Override("o", 9), WithProperty(3, 4),
            WithProperty(2, 2), Slotted(1, "x"), Slotted(5, 2), Slotted(0, 0)]:
    print(show(obj))
s = Slotted(1, 2)
del s.b
match s:
    case Slotted(1, b):
        print("no")
    case Slotted(a):
        print("unset slot makes the longer pattern fail; a =", a)
print(Child.__match_args__, Override.__match_args__)
class Proxy:
    __match_args__ = ("x",)
    x = "class level"
match Proxy():
    case Proxy(v):
        print("class attribute used:", v)
class Mixed(Base):
    __match_args__ = ()
match Mixed("m"):
    case Mixed(name="m"):
        print("empty __match_args__ still allows keywords")
try:
    match Mixed("m"):
        case Mixed("m"):
            pass
except TypeError as e:
    print(type(e).__name__, e)
