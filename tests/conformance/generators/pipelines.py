# Generator pipelines: filtering, mapping, batching and interleaving.
def read_lines():
    text = "alpha 3\nbeta x\n\ngamma 7\n# comment\ndelta 12\nepsilon 5"
    for line in text.split("\n"):
        yield line
def non_blank(lines):
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        name, _, value = line.partition(" ")
        try:
            yield name, int(value)
        except ValueError:
            print("  skipping bad line:", repr(line))
def batched(items, n):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
records = parse(non_blank(read_lines()))
for batch in batched(records, 2):
    print(batch)
def interleave(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)
print(list(interleave("abc", [1, 2], range(10, 14))))
def running_max(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise("abcd")), list(pairwise([])))
def window(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(window([1, 2, 3, 4, 5], 3)))
def dedupe(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(dedupe([3, 1, 3, 2, 1, 4])))
