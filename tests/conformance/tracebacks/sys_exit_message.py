# check: stderr
# sys.exit('msg'): the message goes to stderr and the status is 1.
import sys
def check(args):
    if len(args) < 2:
        return "usage: prog NAME"
    return None
for args in [["prog", "x"], ["prog"]]:
    print(args, check(args))
print("stdout before exit")
print("to stderr before exit", file=sys.stderr)
try:
    sys.exit("caught message")
except SystemExit as e:
    print("caught:", e.code, type(e.code).__name__)
print(check(["prog", "a", "b"]))
print(sys.argv[1:], len(sys.argv))
problem = check(sys.argv[1:] or ["prog"])
if problem:
    sys.exit("error: " + problem)
print("not reached")
