# check: stderr
# An uncaught exception: traceback on stderr, exit status 1, stdout kept.
import sys
def parse_pairs(text):
    pairs = {}
    for item in text.split(","):
        key, value = item.split("=")
        pairs[key.strip()] = int(value)
    return pairs
print(parse_pairs("a=1, b=2"))
try:
    parse_pairs("a=1,b")
except ValueError as e:
    print("caught:", e)
for text in ["k=10", "", "a=1,a=2"]:
    try:
        print(repr(text), parse_pairs(text))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
print(sys.stdout.isatty() if False else "stdout checked")
print("flushing before the crash", flush=True)
data = parse_pairs("x=1,y=2,z=three")
