# Recursive traversal of nested data: pretty printing, depth, path search, deep copy.
doc = {"name": "root", "tags": ["a", "b"], "children": [
    {"name": "left", "children": [{"name": "leaf1", "children": []}]},
    {"name": "right", "meta": {"size": 3, "flags": [True, None]}, "children": []},
]}
def pretty(x, indent=0):
    pad = "  " * indent
    if isinstance(x, dict):
        for k in sorted(x):
            if isinstance(x[k], (dict, list)) and x[k]:
                print(f"{pad}{k}:")
                pretty(x[k], indent + 1)
            else:
                print(f"{pad}{k}: {x[k]!r}")
    elif isinstance(x, list):
        for i, item in enumerate(x):
            print(f"{pad}- [{i}]")
            pretty(item, indent + 1)
    else:
        print(f"{pad}{x!r}")
pretty(doc)
def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, list):
        return 1 + max((depth(v) for v in x), default=0)
    return 0
print("depth", depth(doc))
def find_paths(x, target, path=()):
    if x == target:
        yield path
    if isinstance(x, dict):
        for k, v in x.items():
            yield from find_paths(v, target, path + (k,))
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from find_paths(v, target, path + (i,))
print(list(find_paths(doc, "leaf1")), list(find_paths(doc, None)))
def deep_copy(x):
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    return x
c = deep_copy(doc)
c["children"][0]["name"] = "changed"
print(doc["children"][0]["name"], c["children"][0]["name"], c == doc)
def count_leaves(x):
    if isinstance(x, dict):
        return sum(count_leaves(v) for v in x.values())
    if isinstance(x, list):
        return sum(count_leaves(v) for v in x)
    return 1
print("leaves", count_leaves(doc))
deep = current = {}
for i in range(400):
    current["next"] = {}
    current = current["next"]
print("deep depth", depth(deep))
