# name: generators
# tags: generators, iterators
# size: a tree of 2**15 leaves walked 20 times with recursive `yield from`, plus a 400000-item pipeline
# description: Generator creation, resumption and delegation (`yield from`), generator expressions.
# result: the sum of the tree walks and of the pipeline


class Tree:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


tree = build(0, 2 ** 15)
walks = 0
for _ in range(20):
    walks += sum(tree)
pipeline = sum(squares(evens(numbers(400000))))
pipeline += sum(x for x in range(400000) if x % 3 == 0)
print(f"generators: walks {walks}, pipeline {pipeline}")
