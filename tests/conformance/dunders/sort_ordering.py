# sort, min, max and sorted use __lt__ only.
class L:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        L.calls += 1
        return self.v < other.v
    def __repr__(self):
        return f'L{self.v}'

data = [L(5), L(1), L(4), L(2), L(3)]
print(sorted(data), L.calls > 0)
print(sorted(data, reverse=True))
print(max(data), min(data))

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f'G{self.v}'
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))

class NoOrder:
    def __repr__(self):
        return 'N'
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoOrder()]))
try:
    max(NoOrder(), NoOrder())
except TypeError as e:
    print(type(e).__name__, e)

# stability: equal keys keep original order
pairs = [('b', 2), ('a', 1), ('c', 2), ('d', 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))

class BadLt:
    def __lt__(self, other):
        raise ValueError('cannot compare')
try:
    sorted([BadLt(), BadLt()])
except ValueError as e:
    print(type(e).__name__, e)

class NonBoolLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return [1] if self.v < other.v else []
    def __repr__(self):
        return f'NB{self.v}'
print(sorted([NonBoolLt(3), NonBoolLt(1), NonBoolLt(2)]))

lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: (lst.append(x), x)[1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((2.5, 1, True)))
