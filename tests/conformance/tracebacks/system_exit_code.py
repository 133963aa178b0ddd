# check: stderr
# raise SystemExit(3): exit status 3, nothing on stderr; finally blocks still run.
import sys
def cleanup():
    print("cleanup ran")
def main():
    try:
        print("working")
        for i in range(3):
            print("step", i)
        raise SystemExit(3)
    finally:
        cleanup()
try:
    sys.exit(5)
except SystemExit as e:
    print("caught code", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("caught bare", e.code)
sys.stdout.flush()
print("calling main")
main()
print("not reached")
