# check: stderr
# sys.exit() and sys.exit(None) exit with status 0 and print nothing.
import sys
def finish(results):
    print("results:", results)
    print("total:", sum(results))
    if not results:
        sys.exit(1)
    sys.exit()
values = []
for i in range(5):
    values.append(i * i)
print(values)
try:
    sys.exit(None)
except SystemExit as e:
    print("code is", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("code is", e.code)
finish(values)
print("not reached")
