# Class patterns with __match_args__, keyword patterns and nested classes.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start, self.end = start, end
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on plane at {x},{y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point3(_, _, z):
            return f"3d with z={z}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line x={x1}"
        case Line(start=Point(), end=Point(y=9)):
            return "line ending at y=9"
        case Line():
            return "some line"
        case Point():
            return "some point"
        case _:
            return "not geometric"
for obj in [Point(0, 0), Point(0, 5), Point(7, 0), Point(1, 2), Point3(1, 2, 0),
            Point3(0, 0, 5), Point3(4, 4, 4), Line(Point(1, 1), Point(1, 5)),
            Line(Point(1, 1), Point(2, 9)), Line(Point(1, 1), Point(2, 3)), 5]:
    print(where(obj))
class NoArgs:
    def __init__(self):
        self.a = 1
match NoArgs():
    case NoArgs(a=1):
        print("keyword pattern works without __match_args__")
match NoArgs():
    case NoArgs(a=1, b=2):
        print("no")
    case NoArgs(a=a):
        print("missing attribute just fails the pattern; a =", a)
class Dynamic:
    def __getattr__(self, name):
        return name.upper()
match Dynamic():
    case Dynamic(anything=v):
        print("attribute via __getattr__:", v)
match Point(1, 2):
    case Point(1, y=2):
        print("mixed positional and keyword")
