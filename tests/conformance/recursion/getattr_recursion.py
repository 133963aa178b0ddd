# Recursion through __getattr__, __getattribute__, properties and __str__.
class Careless:
    def __getattr__(self, name):
        return self.fallback
try:
    Careless().anything
except RecursionError as e:
    print("__getattr__:", type(e).__name__, "maximum recursion depth exceeded" in str(e))
class Careful:
    fallback = "default"
    def __getattr__(self, name):
        return self.fallback + ":" + name
print(Careful().color)
class Prop:
    @property
    def value(self):
        return self.value + 1
try:
    Prop().value
except RecursionError as e:
    print("property:", type(e).__name__)
class SelfStr:
    def __str__(self):
        return "S" + str(self)
try:
    str(SelfStr())
except RecursionError as e:
    print("__str__:", type(e).__name__)
class Init:
    def __init__(self):
        self.other = Init()
try:
    Init()
except RecursionError as e:
    print("__init__:", type(e).__name__)
class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n else None
        self.n = n
    def length(self):
        return 1 + (self.next.length() if self.next else 0)
print(Chain(300).length())
class Getattribute:
    def __getattribute__(self, name):
        if name == "safe":
            return object.__getattribute__(self, name)
        return getattr(self, name)
g = Getattribute()
g.safe = 5
print(g.safe)
try:
    g.other
except RecursionError as e:
    print("__getattribute__:", type(e).__name__)
class Hash:
    def __hash__(self):
        return hash(self)
try:
    {Hash(): 1}
except RecursionError as e:
    print("__hash__:", type(e).__name__)
