print("fails: start")
partial = "set before the error"
import sys
sys._fails_attempts = getattr(sys, "_fails_attempts", 0) + 1
if sys._fails_attempts < 3:
    raise ValueError(f"fails: error on attempt {sys._fails_attempts}")
print("fails: completed on attempt", sys._fails_attempts)
