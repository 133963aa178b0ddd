# Seeded str/bytes hashing (PYTHONHASHSEED=0 when recorded): values for a few strings and properties.
for s in ["", "a", "abc", "hello world", "é", "\U0001F600", "a" * 100, "0", "None"]:
    print(repr(s), hash(s))
for b in [b"", b"a", b"abc", b"\x00\xff"]:
    print(repr(b), hash(b))
print(hash("abc") == hash("ab" + "c"), hash("") == 0, hash(b"") == 0)
print(hash("abc") == hash(b"abc"), hash("abc".encode()) == hash(b"abc"))
print(hash(("a", 1)), hash(frozenset(["a"])), hash(("x", ("y",))))
class S(str):
    pass
print(hash(S("abc")) == hash("abc"), hash(S("")) == 0)
d = {"key": 1, "other": 2}
print(d["key"], S("key") in d, {S("k"): 1}["k"])
seen = {}
for w in ["alpha", "beta", "gamma", "delta", "epsilon"]:
    seen[hash(w) % 8] = seen.get(hash(w) % 8, []) + [w]
print(sorted(seen.items()))
print(hash("a" * 1000) == hash("a" * 1000), hash("\x00"), hash("\xff"), hash("\u0100"), hash("\U00010000"))
print(hash("abc"[1:]), hash("bc"), hash(str(123)), hash("123"))
print(hash(b"abc"[1:]), hash(bytes(bytearray(b"bc"))), hash(memoryview(b"bc")))
print({"a": 1, "b": 2, "c": 3}, sorted({"x", "y", "z"}))
print(list({"one", "two", "three", "four"} & {"two", "four", "six"}).__len__())
print(hash(("abc", 1)) == hash(("abc", 1)), hash(frozenset({"a", "b"})) == hash(frozenset({"b", "a"})))
