# check: stderr
# sys.tracebacklimit keeps the innermost entries; a limit above the count wraps as a slice does.
import sys


def level(n):
    if n == 0:
        return 1 / 0
    return level(n - 1) + 1


sys.tracebacklimit = 2
print("limited")
level(4)
