# Chained comparisons call each dunder once per link, left to right, short-circuiting.
log = []
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(f'{self.v}<{other.v}')
        return self.v < other.v
    def __le__(self, other):
        log.append(f'{self.v}<={other.v}')
        return self.v <= other.v
    def __eq__(self, other):
        log.append(f'{self.v}=={getattr(other, "v", other)}')
        return isinstance(other, N) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

def value(v):
    log.append(f'eval {v}')
    return N(v)

print(value(1) < value(2) < value(3))
print(log); log.clear()
print(value(3) < value(2) < value(1))
print(log); log.clear()
print(value(1) <= value(1) == value(1) < value(2))
print(log); log.clear()
a, b = N(1), N(2)
print(a < b > a)
print(log); log.clear()

class Truthy:
    def __init__(self, result):
        self.result = result
    def __lt__(self, other):
        return self.result
r = Truthy('non-bool result') < 5
print(r)
print(Truthy(0) < 1 < 2, Truthy([1]) < 1 < 2)

x = 5
print(1 < x < 10, 10 < x < 20, 1 < x > 2, x == 5 == 5.0, 1 < 2 != 3, 'a' < 'b' < 'c' < 'd')
print(0 < x in [5, 6], x in [5] in [[5]], x is not None is not False)
try:
    1 < 'a' < 3
except TypeError as e:
    print(type(e).__name__, e)
print(1 > 2 < 'a')
