# Importing a package does not import all of its submodules; import binds names differently.
import sys
import shapes
print(shapes.circle_area(1), hasattr(shapes, "circle"), hasattr(shapes, "square"))
try:
    shapes.square
except AttributeError as e:
    print(type(e).__name__, e)
import shapes.square
print(shapes.square.area(3))
import shapes.square as sq
print(sq is shapes.square)
from shapes import square, circle
print(square.area(2), circle.area(2))
def bind_check():
    import shapes.circle
    return "shapes" in locals(), "circle" in locals()
print(bind_check())
def bind_as():
    import shapes.circle as c
    return sorted(locals())
print(bind_as())
print(sorted(k for k in sys.modules if k.startswith("shapes")))
del shapes.square
try:
    shapes.square
except AttributeError as e:
    print("after del:", type(e).__name__)
import shapes.square
print("import does not rebind the attribute:", hasattr(shapes, "square"))
from shapes import square as again
print(again is sq)
