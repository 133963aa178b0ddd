# getattr/setattr/hasattr/delattr, vars, dir of a simple instance, callable, __dict__.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
show("getattr", lambda: (getattr(p, "x"), getattr(p, "dims"), getattr(p, "z", "dflt")))
show("getattr missing", lambda: getattr(p, "z"))
show("getattr class missing", lambda: getattr(Point, "zz"))
show("getattr non-str", lambda: getattr(p, 1))
show("getattr method", lambda: getattr(p, "norm1")())
show("hasattr", lambda: (hasattr(p, "x"), hasattr(p, "nope"), hasattr(p, "norm1"), hasattr(Point, "x")))
show("hasattr non-str", lambda: hasattr(p, None))
show("setattr", lambda: (setattr(p, "z", 10), p.z)[1])
show("setattr non-str", lambda: setattr(p, 5, 1))
show("delattr", lambda: (delattr(p, "z"), hasattr(p, "z"))[1])
show("delattr missing", lambda: delattr(p, "z"))
show("delattr class attr via instance", lambda: delattr(p, "dims"))
show("vars", lambda: vars(p))
show("vars class keys", lambda: sorted(k for k in vars(Point) if not k.startswith("__")))
show("vars int", lambda: vars(5))
show("__dict__", lambda: p.__dict__)
show("dir instance", lambda: [n for n in dir(p) if not n.startswith("__")])
show("dir sorted", lambda: dir(p) == sorted(dir(p)))
show("dir has dunder", lambda: ("__init__" in dir(p), "__class__" in dir(p), "__dict__" in dir(p)))
show("dir int subset", lambda: [n for n in dir(int) if not n.startswith("_")])
show("dir list subset", lambda: [n for n in dir([]) if not n.startswith("_")])
show("dir str subset", lambda: [n for n in dir("") if not n.startswith("_")])
show("dir dict subset", lambda: [n for n in dir({}) if not n.startswith("_")])
show("callable", lambda: (callable(len), callable(Point), callable(p), callable(p.norm1), callable(None), callable(lambda: 0)))
class CallMe:
    def __call__(self):
        return "called"
show("callable __call__", lambda: (callable(CallMe()), CallMe()()))
show("call non-callable", lambda: p())
show("call int", lambda: (lambda n: n())(5))
show("builtin attr set", lambda: setattr(5, "x", 1))
show("builtin type attr set", lambda: setattr(int, "x", 1))
show("object() attr set", lambda: setattr(object(), "x", 1))
class Slots:
    __slots__ = ("a",)
s = Slots()
show("slots set ok", lambda: (setattr(s, "a", 1), s.a)[1])
show("slots set bad", lambda: setattr(s, "b", 1))
show("slots vars", lambda: vars(s))
class Dyn:
    def __getattr__(self, name):
        return "dyn:" + name
show("__getattr__", lambda: (Dyn().anything, getattr(Dyn(), "other"), hasattr(Dyn(), "x")))
