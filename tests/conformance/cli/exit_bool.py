# check: stderr
# sys.exit(True) is exit status 1 (bool is an int) and prints nothing.
import sys
print(isinstance(True, int), int(True))
for code in (False, True, 0, 2):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), type(e.code).__name__)
class Status(int):
    pass
try:
    sys.exit(Status(6))
except SystemExit as e:
    print("int subclass code:", int(e.code), type(e.code).__name__)
try:
    raise SystemExit(False)
except SystemExit as e:
    print("SystemExit(False).code is", e.code)
ok = all(x > 0 for x in [1, 2, 3])
failed = not ok or any(x > 10 for x in [1, 2, 30])
print("failed:", failed)
print("about to exit with True")
sys.exit(failed)
