# check: stderr
# sys.exit(4): exit status 4, nothing on stderr, finally blocks and code after the catch.
import sys
results = []
for n in range(5):
    results.append(n * n)
print("results", results)
try:
    sys.exit(9)
except SystemExit as e:
    print("caught exit", e.code)
def shutdown(code):
    try:
        print("shutting down with", code)
        sys.exit(code)
    finally:
        print("finally in shutdown")
sys.stdout.write("written with write\n")
shutdown(4)
print("not reached")
