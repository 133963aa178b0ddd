# Iterating strings, enumerate/zip/reversed over str, str building in loops, and char ops.
s = "Mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items()))
print(list(enumerate("abc", 1)), list(zip("abc", "xy")), list(reversed("abc")), list("abc"), tuple("ab"))
out = ""
for i, ch in enumerate(s):
    out += ch.upper() if i % 2 else ch
print(out)
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
parts = []
for word in "the quick brown fox jumps".split():
    parts.append(word[::-1].capitalize())
print(" ".join(parts))
print(sorted(set("mississippi")), "".join(sorted("python")), "".join(sorted("python", reverse=True)))
print([ord(c) - ord("a") for c in "hello"], "".join(chr(ord("a") + (ord(c) - ord("a") + 3) % 26) for c in "xyzabc"))
print(s.count("ss"), s.index("pp"), s.rindex("i"), s.upper().lower() == s.lower())
print(str.upper("abc"), list(map(str.strip, [" a ", "b "])), list(map(str.title, ["ab cd", "EF"])))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels, any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc"))
print(list(iter("")), len(list(iter("\U0001F600ab"))))
print(s[0], s[-1], s[1:-1], s * 0 == "", (s + "!")[-2:])
print(min(s), max(s), sorted(s)[:4], s.lower().count("s"))
