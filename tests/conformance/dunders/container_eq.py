# Container operations that use __eq__: index, count, remove, in, ==.
class E:
    log = []
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        E.log.append((self.v, getattr(other, 'v', other)))
        return isinstance(other, E) and self.v == other.v
    def __repr__(self):
        return f'E({self.v})'
    __hash__ = None

items = [E(1), E(2), E(3), E(2)]
print(items.index(E(2)), items.count(E(2)), E(3) in items)
print(len(E.log))
E.log.clear()
items.remove(E(2))
print(items, E.log)
try:
    items.remove(E(9))
except ValueError as e:
    print(type(e).__name__, e)
try:
    items.index(E(9))
except ValueError as e:
    print(type(e).__name__, e)
print([E(1)] == [E(1)], (E(1),) == (E(1),), [E(1)] == [E(2)])

# identity short-circuits: the same object compares equal without calling __eq__
class Never:
    def __eq__(self, other):
        print('never eq called')
        return False
n = Never()
print(n in [n], [n] == [n], [n].count(n), [n].index(n))
print(n == n)

nan = float('nan')
print([nan] == [nan], (nan,) == (nan,), nan in {nan}, {nan: 1}[nan])

class Ord:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f'Ord({self.v})'
print([Ord(1), Ord(2)] < [Ord(1), Ord(3)], [Ord(2)] > [Ord(1), Ord(5)])
print((Ord(1), Ord(9)) < (Ord(2),), [Ord(1)] <= [Ord(1)])
print(max([Ord(3), Ord(7), Ord(5)]), min(Ord(3), Ord(7)))
try:
    [Ord(1)] < [1]
except AttributeError as e:
    print(type(e).__name__, e)
try:
    sorted([Ord(1), 'x'])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
d = {1: 'a'}
print(d == {1: 'a'}, d == {1.0: 'a'}, d != {True: 'a'}, {1, 2} == {2, 1}, [1, 2] == [2, 1])
print({'a': [E(1)]} == {'a': [E(1)]})
