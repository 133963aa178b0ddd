# stdin: first\nsecond\nthird\nfourth\nfifth
# readline() keeps the newline and returns '' at EOF; readlines() returns the rest.
import sys
a = sys.stdin.readline()
b = sys.stdin.readline()
print(repr(a), repr(b))
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.readline()), repr(sys.stdin.readline()))
print(sys.stdin.readlines())
all_lines = [a, b] + rest
print([l.rstrip("\n") for l in all_lines])
print([l.endswith("\n") for l in all_lines])
print(len(all_lines), sum(len(l) for l in all_lines))
print(sys.stdin.read(), "<- empty read")
numbered = [f"{i}:{l.strip()}" for i, l in enumerate(all_lines, 1)]
print(numbered)
longest = max(all_lines, key=len).strip()
print(longest)
print(sorted(l.strip() for l in all_lines))
print("".join(l.strip()[0] for l in all_lines))
print(a.strip() < b.strip(), a.strip().capitalize())
print(sys.stdin.readline(), end="")
print("end")
