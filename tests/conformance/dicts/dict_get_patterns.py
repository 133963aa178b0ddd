# Common dict idioms: grouping, counting, nested defaults, inversion, sorting by values, del loops.
text = "one two three two three three four four four four"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
inverse = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inverse)
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(90), len(cache), list(cache)[:5])
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(sum(matrix.values()), max(matrix, key=matrix.get), [matrix[2, c] for c in range(3)])
config = {"debug": False, "level": 3}
defaults = {"debug": True, "level": 1, "name": "app"}
merged = {**defaults, **config}
print(merged, defaults | config == merged)
try:
    value = config["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    {}[("tuple", "key")]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {}[""]
except KeyError as e:
    print(type(e).__name__, str(e), e.args)
