# finally blocks and with-statements unwind correctly through a RecursionError.
unwound = 0
def deep(n):
    global unwound
    try:
        return deep(n + 1)
    finally:
        unwound += 1
try:
    deep(0)
except RecursionError:
    print("unwound some frames:", unwound > 100)
class Tracker:
    entered = 0
    exited = 0
    def __enter__(self):
        Tracker.entered += 1
        return self
    def __exit__(self, *exc):
        Tracker.exited += 1
        return False
def nested():
    with Tracker():
        nested()
try:
    nested()
except RecursionError as e:
    print("with unwound:", Tracker.entered == Tracker.exited, type(e).__name__)
def suppressor(n):
    try:
        return suppressor(n + 1)
    except RecursionError:
        return "handled at depth>0" if n > 0 else "handled at top"
print(suppressor(0))
def retry(n):
    try:
        return retry(n + 1)
    except RecursionError:
        if n < 5:
            raise
        return n
r = retry(0)
print("retry answered:", r >= 5)
log = []
def marked(n):
    if n == 0:
        raise RecursionError("hand-made")
    try:
        marked(n - 1)
    finally:
        log.append(n)
try:
    marked(5)
except RecursionError as e:
    print(type(e).__name__, e, log)
def works_after():
    return sum(range(10))
print(works_after())
