# __iter__/__next__ versus the __getitem__ fallback.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c))
print([x for x in Countdown(2)], sum(Countdown(4)), max(Countdown(5)))

class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError('done')
        return i * i
print(list(Seq()), tuple(Seq()), 9 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it), next(it))

class StopViaStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopViaStopIteration()))

class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorStops())
except KeyError as e:
    print(type(e).__name__, e)

def t(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class NotIter:
    pass
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
class IterReturnsNonIterator:
    def __iter__(self):
        return [1, 2]
class NextOnly:
    def __next__(self):
        return 1
t(lambda: iter(NotIter()))
t(lambda: list(NotIter()))
t(lambda: iter(IterNone()))
t(lambda: iter(IterReturnsNonIterator()))
t(lambda: iter(NextOnly()))
t(lambda: next(NotIter()))
t(lambda: next([1]))
t(lambda: iter(5))
t(lambda: [a for a in 5.0])
t(lambda: next(iter([]), 'default'))
t(lambda: list(iter(Countdown(3).__next__, 2)))

def unpack():
    a, b = Countdown(3)
t(unpack)
try:
    a, b, c, d = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
first, *rest = Countdown(4)
print(first, rest)
