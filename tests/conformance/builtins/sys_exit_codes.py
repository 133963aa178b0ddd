# check: stderr
# sys.exit with a string message: printed to stderr, exit status 1; output before it is kept.
import sys
print("start")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", type(e).__name__, e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    raise SystemExit("text", 2)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit(None)
except SystemExit as e:
    print("caught None", e.code, e.args)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("caught list", e.code, e.args, str(e))
print(isinstance(SystemExit(), BaseException), isinstance(SystemExit(), Exception))
print("end", end="\n")
sys.exit("fatal: stopping here")
