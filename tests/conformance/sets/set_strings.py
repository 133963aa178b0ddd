# Sets of strings (printed sorted), membership, comprehensions, dedup while preserving order.
words = "the quick brown fox jumps over the lazy dog the end".split()
s = set(words)
print(len(words), len(s), sorted(s))
print("fox" in s, "cat" in s, "the" not in s)
vowels = set("aeiou")
print(sorted(vowels & set("quick brown fox")), sorted(set("hello") - vowels))
print(sorted({w.upper() for w in words if len(w) > 3}))
print(sorted({len(w) for w in words}))
seen = set()
ordered = []
for w in words:
    if w not in seen:
        seen.add(w)
        ordered.append(w)
print(ordered)
print(list(dict.fromkeys(words)))
letters = set()
for w in words:
    letters |= set(w)
print("".join(sorted(letters)), len(letters))
print(sorted(set("abc") ^ set("bcd")), sorted(set("abc").union("xyz")), set("aaa") == {"a"})
a = frozenset({"x", "y"})
b = {"y", "z"}
print(sorted(a | b), sorted(a & b), sorted(a - b), type(a - b).__name__)
nested = {frozenset({"a", "b"}), frozenset({"b", "a"}), frozenset({"c"})}
print(len(nested), sorted(sorted(x) for x in nested))
print(sorted({"\U0001F600", "é", "z", "A"}), sorted({"", " ", "a"}))
x = {"single"}
print(x, {""}, repr({"q'"}))
