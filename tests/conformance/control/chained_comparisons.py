# Chained comparisons evaluate each operand once, left to right, and short-circuit.
log = []
def v(x, name):
    log.append(name)
    return x
print(v(1, "a") < v(2, "b") < v(3, "c"), log); log.clear()
print(v(3, "a") < v(2, "b") < v(1, "c"), log); log.clear()
print(v(1, "a") < v(5, "b") > v(2, "c") != v(2, "d"), log); log.clear()
print(v(1, "a") == v(1, "b") == v(2, "c") == v(2, "d"), log); log.clear()
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 10 > x >= 5 == 5.0)
print(1 < 2 == 2 in [2] is not None)
print("a" < "b" < "c", [1] < [1, 2] < [2], (1, 2) == (1, 2) != (2,))
print(1 == 1 if False else True, None is None is None)
a = [1]
print(a is a is not [1], 2 in [1, 2] in [[1, 2]])
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        log.append(f"{self.n}<{other.n}")
        return self.n < other.n
    def __bool__(self):
        log.append(f"bool({self.n})")
        return True
p, q, r = Loud(1), Loud(2), Loud(0)
print(p < q < r, log); log.clear()
print(q < p < r, log); log.clear()
class Weird:
    def __lt__(self, other):
        return "truthy string"
print(Weird() < Weird(), Weird() < Weird() < Weird())
class Falsy:
    def __lt__(self, other):
        return []
print(Falsy() < Falsy() < 1)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 2 < "never compared" if False else "skipped", 3 < 2 < "x")
def side(n):
    log.append(n)
    return n
side(1) < side(2) < side(0) < side(99)
print(log)
