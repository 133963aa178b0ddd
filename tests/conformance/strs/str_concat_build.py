# Building strings: repeated +=, join of parts, slicing-based edits, interning-independent equality.
s = ""
for i in range(200):
    s += str(i % 10)
print(len(s), s[:25], s[-5:], s.count("7"))
parts = []
for i in range(50):
    parts.append(chr(ord("a") + i % 26))
joined = "".join(parts)
print(joined, len(joined), joined.upper()[-5:])
t = "hello world"
t = t[:5] + "," + t[5:]
t = t[0].upper() + t[1:]
print(t, t.replace("world", "there"), t[::-1])
a = "ab" * 3
b = "aba" + "bab"
print(a == b, a is not None, a < b, hash(a) == hash(b))
u = "x"
for _ in range(10):
    u = u + u
print(len(u), u[:5], set(u))
line = ""
for word in "the quick brown fox jumps over the lazy dog".split():
    if len(line) + len(word) + 1 > 15:
        print(repr(line))
        line = word
    else:
        line = (line + " " + word) if line else word
print(repr(line))
rows = ["|".join(str(r * c).rjust(3) for c in range(1, 6)) for r in range(1, 6)]
print("\n".join(rows))
caesar = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello, world!")
print(caesar, "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in caesar))
print("%s" % ("x" * 3) + "{}".format("y" * 2) + f"{'z' * 1}")
