# Without arguments sys.argv has only the script name.
import sys
print(sys.argv[1:], len(sys.argv))
def main(argv):
    if not argv:
        print("usage: argv_empty.py FILE...")
        return 2
    return 0
code = main(sys.argv[1:])
print("main returned", code)
try:
    first = sys.argv[1]
except IndexError as e:
    print(type(e).__name__, e)
name = sys.argv[1] if len(sys.argv) > 1 else "default"
print(name)
print(sys.argv[0].endswith(".py"))
rest = sys.argv[1:] or ["fallback"]
print(rest)
first, *others = sys.argv
print(first, others)
