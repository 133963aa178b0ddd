# print(): sep, end, file=sys.stderr, flush, None values, non-str sep errors.
# check: stderr
import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ", end=".\n")
print("a", "b", sep=None, end=None)
print("no newline", end="")
print(" <- continued")
print(*range(5), sep="-")
print(*[], sep="x")
print("x", end="\n\n")
print("to stderr", 42, file=sys.stderr)
print("err", "sep", sep="|", end="!\n", file=sys.stderr)
print("flushed", flush=True)
print("to stdout explicit", file=sys.stdout)
print("file None", file=None)
print(None, True, 1.5, [1, "a"], {"k": None}, (1,), b"b", sep=" ; ")
print("tab\tand\nnewline")
print("multi", "line\n", "args")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", 1, sep="+", end="$", file=w)
print(file=w)
print(w.parts)
class S:
    def __str__(self):
        return "S!"
print(S(), [S()] if False else "", sep="")
sys.stdout.write("direct write\n")
sys.stderr.write("direct stderr\n")
print(sys.stdout.write("abc"), end="\n")
