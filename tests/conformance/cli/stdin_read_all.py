# stdin: line one\nline two\n\nline four\ttabbed\nünïcode ✓\n
# sys.stdin.read() returns everything; a second read returns ''.
import sys
data = sys.stdin.read()
print(repr(data))
print(len(data), data.count("\n"))
lines = data.splitlines()
print(lines)
print([len(l) for l in lines])
print(repr(sys.stdin.read()))
print(data.split())
words = {}
for w in data.split():
    words[w] = words.get(w, 0) + 1
print(sorted(words.items()))
print(data.upper().splitlines()[-1])
print(sys.stdin.readline() == "")
print([l for l in lines if l])
print("\n".join(reversed(lines)))
first, *middle, last = lines
print(first, "|", last, "|", len(middle))
print(type(data).__name__, isinstance(data, str))
print(repr(data.rstrip("\n").split("\n")[-1]))
print(sum(1 for ch in data if ord(ch) > 127))
