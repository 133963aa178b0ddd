# check: stderr
# A user sys.excepthook is called for the uncaught exception; when it fails, both are printed.
import sys


def hook(kind, value, tb):
    sys.stderr.write("hook got " + kind.__name__ + ": " + str(value) + "\n")
    sys.__excepthook__(kind, value, tb)
    return 1 / 0


sys.excepthook = hook
print("raising")
raise ValueError("through the hook")
