# Generators as iterators: __iter__ returns self, __next__, use in builtins and classes.
def gen():
    yield "a"
    yield "b"
g = gen()
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "__len__"))
print(g.__next__(), next(g), next(g, "end"))
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()), sum(t), max(t), 5 in t, 9 in t)
print(sorted(t, reverse=True), tuple(t)[:3], dict(zip(t, "abcdef")))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), [x for x in c if x != 2])
a, b, *rest = Countdown(5)
print(a, b, rest)
print(list(enumerate(gen())), list(zip(gen(), Countdown(9))))
print("".join(gen()), list(map(str.upper, gen())), list(filter(None, [0, *gen(), ""])))
def gen_with_len():
    yield from range(3)
try:
    len(gen_with_len())
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen_with_len()[0]
except TypeError as e:
    print(type(e).__name__, e)
g = gen_with_len()
print(list(reversed(list(g))))
try:
    reversed(gen_with_len())
except TypeError as e:
    print(type(e).__name__, e)
d = {k: v for k, v in zip(gen(), Countdown(2))}
print(d, set(gen()) == {"a", "b"})
