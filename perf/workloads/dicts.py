# name: dicts
# tags: dicts, sets, hashing
# size: 200000 keys (ints, strs and tuples) inserted, looked up, updated and deleted; set algebra on 100000 items
# description: Dict and set operations: insert, hit and miss lookups, get, setdefault, deletion, comprehensions.
# result: counts and sums over the final containers (independent of hash order)


def main(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    hits = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits += 1
    words = {}
    for i in range(n):
        key = "k" + str(i % 5000)
        words[key] = words.get(key, 0) + 1
    groups = {}
    for i in range(n):
        groups.setdefault((i % 7, i % 11), []).append(i)
    for i in range(0, n, 2):
        del d[i]
    inverted = {v: k for k, v in d.items()}
    a = {i * 3 for i in range(100000)}
    b = {i * 5 for i in range(100000)}
    both = a & b
    either = a | b
    only = a - b
    return (hits, len(words), max(words.values()), len(groups), sum(len(g) for g in groups.values()),
            len(d), sum(inverted) % 1000003, len(both), len(either), len(only))


N = 200000
print("dicts %d: %s" % (N, " ".join(str(x) for x in main(N))))
