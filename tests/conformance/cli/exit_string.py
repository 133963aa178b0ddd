# check: stderr
# sys.exit("message") prints the message to stderr and exits with status 1.
import sys
def validate(values):
    bad = [v for v in values if not v.isdigit()]
    if bad:
        sys.exit(f"error: not numbers: {', '.join(bad)}")
    return [int(v) for v in values]
print(validate(["1", "22"]))
try:
    validate(["x"])
except SystemExit as e:
    print("caught:", e.code)
for values in (["7"], [], ["1", "2", "3"]):
    print(values, validate(values))
try:
    sys.exit(["a", "list"])
except SystemExit as e:
    print("non-string code kept as is:", e.code)
print("stdout line before exit")
sys.stderr.write("stderr line before exit\n")
validate(["3", "four", "5", "six"])
