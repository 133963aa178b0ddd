# check: stderr
# Uncaught AttributeError when assigning an attribute that __slots__ does not allow.
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

p = Point(1, 2)
print(p)
try:
    p.z = 3
except AttributeError as e:
    print('caught:', e, '| name:', e.name)
try:
    print(p.xx)
except AttributeError as e:
    print('caught:', e)

def move(point, dx):
    point.x += dx
    point.moved = True
    return point

move(p, 5)
