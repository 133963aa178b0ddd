# Dispatching on tuples and types, with AS patterns that keep the whole subject.
import math
def area(shape):
    match shape:
        case ("circle", r) if r >= 0:
            return round(math.pi * r * r, 3)
        case ("rect", w, h) | ("rectangle", w, h):
            return w * h
        case ("square", s):
            return s * s
        case ("triangle", a, b, c) as t if a + b > c and a + c > b and b + c > a:
            s = (a + b + c) / 2
            return round(math.sqrt(s * (s - a) * (s - b) * (s - c)), 3)
        case ("triangle", *sides):
            return f"impossible triangle {sides}"
        case (kind, *_) as whole if isinstance(kind, str):
            return f"unknown shape {kind!r} in {whole}"
        case _:
            return "not a shape"
shapes = [("circle", 1), ("circle", -1), ("rect", 2, 3), ("rectangle", 4, 5),
          ("square", 3), ("triangle", 3, 4, 5), ("triangle", 1, 1, 5), ("hexagon", 1),
          (1, 2), "circle", []]
for s in shapes:
    print(s, "->", area(s))
total = 0
for s in shapes:
    match area(s):
        case int() | float() as a:
            total += a
print("total area", round(total, 3))
