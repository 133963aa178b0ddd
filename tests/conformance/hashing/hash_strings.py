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
