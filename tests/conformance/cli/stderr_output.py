# check: stderr
# Writing to sys.stderr with print(file=...) and write(); stdout and stderr are kept apart.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stderr.write("stderr via write\n")
n = sys.stderr.write("counted\n")
print("stderr.write returned", n)
print("warning:", 42, [1, 2], sep=" | ", file=sys.stderr)
print("no newline on stderr", end="", file=sys.stderr)
print(file=sys.stderr)
def log(*args):
    print("[log]", *args, file=sys.stderr)
for i in range(3):
    log("step", i)
    print("stdout step", i)
print("to stdout 2")
print("ünïcode on stderr ✓", file=sys.stderr)
sys.stderr.flush()
print(sys.stderr is sys.__stderr__, sys.stdout is sys.__stdout__)
print(hasattr(sys.stderr, "write"), hasattr(sys.stderr, "flush"))
print("last stdout line")
print("last stderr line", file=sys.stderr)
