# name: methods
# tags: oop, calls
# size: 300000 rounds of method calls on a small class hierarchy (properties, super(), class and static methods)
# description: Method dispatch: bound methods, inherited and overridden methods, super() calls, properties, isinstance.
# result: the accumulated value


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    def area(self):
        return 0

    def describe(self):
        return self.sides + self.area()

    @property
    def double(self):
        return self.size * 2

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def clamp(v):
        return v if v < 1000 else v % 1000


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Triangle(Shape):
    sides = 3

    def area(self):
        return self.size * self.size // 2

    def describe(self):
        return super().describe() + 1


class Counter:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v
        return self


def main(rounds):
    shapes = [Square(3), Triangle(4), Shape(5), Square.unit(), Triangle.unit()]
    c = Counter()
    for i in range(rounds):
        s = shapes[i % 5]
        c.add(s.describe()).add(s.double)
        c.add(Shape.clamp(i))
        if isinstance(s, Square):
            c.add(1)
    return c.total


ROUNDS = 300000
print(f"methods {ROUNDS}: {main(ROUNDS)}")
