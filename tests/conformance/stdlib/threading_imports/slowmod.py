# Imported by several threads at once: they must all see it fully initialised.
import time

STARTED = True
time.sleep(0.05)
VALUE = 42
