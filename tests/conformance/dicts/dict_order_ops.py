# Insertion-order preservation across delete/reinsert/update/popitem and equality ignoring order.
d = {}
for k in "hello world":
    d[k] = d.get(k, 0) + 1
print(d)
print(list(d), list(d.values()))
del d["h"]
d["h"] = 99
print(list(d))
d.update({"e": 0, "new": 1})
print(list(d.items()))
print(d.popitem(), d.popitem(), list(d))
o1 = {"a": 1, "b": 2}
o2 = {"b": 2, "a": 1}
print(o1 == o2, list(o1) == list(o2), list(o1.items()) == list(o2.items()))
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
for i in range(0, 10):
    big[i] = "re"
print(list(big)[-12:])
print(big[999], big[0], big.get(2), sum(big))
cnt = {}
for w in "a b a c b a d".split():
    cnt[w] = cnt.get(w, 0) + 1
print(cnt, max(cnt, key=cnt.get), sorted(cnt, key=lambda k: -cnt[k]))
inv = {}
for k, v in cnt.items():
    inv.setdefault(v, []).append(k)
print(inv)
print(dict(sorted(cnt.items(), key=lambda kv: kv[1])), dict(reversed(list(cnt.items()))))
print(next(iter(cnt)), next(reversed(cnt)), list(cnt.keys())[::-1])
