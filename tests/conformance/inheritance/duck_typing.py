# isinstance across hierarchies without ABCs, and duck typing checks.
class Shape:
    def area(self):
        return 0
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r
class NotAShape:
    def area(self):
        return -1

items = [Rect(2, 3), Square(2), Circle(1), NotAShape(), 'text', 5]
for it in items:
    kinds = [k.__name__ for k in (Shape, Rect, Square, Circle) if isinstance(it, k)]
    has_area = callable(getattr(it, 'area', None))
    print(type(it).__name__, kinds, has_area, it.area() if has_area else None)

print(sum(s.area() for s in items if isinstance(s, Shape)))
print([type(s).__name__ for s in items if isinstance(s, (Rect, Circle))])
print(issubclass(Square, (Circle, Rect)), issubclass(NotAShape, Shape))

def describe(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, int):
        return 'int'
    if isinstance(x, (list, tuple)):
        return 'sequence of %d' % len(x)
    if isinstance(x, dict):
        return 'mapping'
    if hasattr(x, '__iter__'):
        return 'iterable ' + type(x).__name__
    return 'other ' + type(x).__name__
print([describe(v) for v in (True, 3, [1], (1, 2), {}, 'ab', {1}, range(2), 1.5, None)])

class Registry:
    def __init__(self):
        self.handlers = []
    def register(self, kind, fn):
        self.handlers.append((kind, fn))
    def handle(self, obj):
        for kind, fn in self.handlers:
            if isinstance(obj, kind):
                return fn(obj)
        return 'unhandled ' + type(obj).__name__
r = Registry()
r.register(Square, lambda s: 'square %d' % s.w)
r.register(Rect, lambda s: 'rect %dx%d' % (s.w, s.h))
r.register(Shape, lambda s: 'some shape')
print([r.handle(o) for o in (Square(3), Rect(1, 2), Circle(1), NotAShape())])
print(type(Square(1)).__mro__[1] is Rect, Square.__mro__[-1] is object)
