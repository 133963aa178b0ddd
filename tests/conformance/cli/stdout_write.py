# sys.stdout.write returns the number of characters written; print returns None.
import sys
n = sys.stdout.write("hello\n")
print("write returned", n)
n = sys.stdout.write("")
print("empty write returned", n)
n = sys.stdout.write("ünïcode ✓\n")
print("unicode write returned", n)
r = print("print returns")
print(repr(r))
pieces = ["a", "bb", "ccc\n"]
total = sum(sys.stdout.write(p) for p in pieces)
print("total", total)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.writelines(["x\n", "y\n"])
print(sys.stdout.writelines([]))
sys.stdout.flush()
print(sys.stdout.encoding.lower().replace("-", ""))
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
print("captured", 1, 2, file=cap)
print(cap.parts)
old = sys.stdout
sys.stdout = cap
print("redirected")
sys.stdout = old
print("restored", cap.parts[-2:])
