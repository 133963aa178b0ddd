# threading: start/join, Lock, RLock, Event, Condition, Semaphore, Barrier, Timer, local, excepthook.
import io
import sys
import threading
import time

# Several threads, results gathered in a list under a Lock.
results = []
lock = threading.Lock()


def work(n):
    total = 0
    for i in range(20000):
        total += i * n
    with lock:
        results.append((n, total))


threads = [threading.Thread(target=work, args=(i,), name="worker-%d" % i) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results", sorted(results))
print("alive after join", [t.is_alive() for t in threads])
print("names", [t.name for t in threads])
print("current", threading.current_thread().name, threading.current_thread() is threading.main_thread())
print("active", threading.active_count(), len(threading.enumerate()))
print("ident is int", isinstance(threading.get_ident(), int), threading.get_ident() == threading.main_thread().ident)

# A thread's own name and identity, seen from inside.
seen = {}


def whoami():
    me = threading.current_thread()
    seen["name"] = me.name
    seen["daemon"] = me.daemon
    seen["same ident"] = me.ident == threading.get_ident()
    seen["not main"] = threading.get_ident() != threading.main_thread().ident


t = threading.Thread(target=whoami, name="inner")
t.start()
t.join()
print("seen", sorted(seen.items()))

# Subclassing Thread and overriding run().
class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


sq = [Squarer(i) for i in range(4)]
for t in sq:
    t.start()
for t in sq:
    t.join()
print("squares", [t.result for t in sq])

# Lock semantics.
l = threading.Lock()
print("lock", l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print("released", l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
for bad in [dict(blocking=False, timeout=1), dict(timeout=-5)]:
    try:
        l.acquire(**bad)
    except ValueError as e:
        print("ValueError", e)

r = threading.RLock()
with r:
    with r:
        print("rlock nested ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

# An RLock held by another thread cannot be taken without blocking.
held = threading.Event()
release = threading.Event()


def holder():
    with r:
        held.set()
        release.wait()


t = threading.Thread(target=holder)
t.start()
held.wait()
print("rlock busy", r.acquire(blocking=False))
release.set()
t.join()
print("rlock free", r.acquire(blocking=False))
r.release()

# Event.
ev = threading.Event()
order = []


def waiter(i):
    ev.wait()
    with lock:
        order.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ws:
    t.start()
print("event before", ev.is_set(), order)
ev.set()
for t in ws:
    t.join()
print("event after", ev.is_set(), sorted(order))
print("wait timeout", threading.Event().wait(0.01))

# Condition: a consumer waits for items.
cond = threading.Condition()
items = []
consumed = []


def consumer():
    with cond:
        while len(consumed) < 5:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print("consumed", consumed)
with cond:
    print("wait_for", cond.wait_for(lambda: True), cond.wait(0.01))

# Semaphore and BoundedSemaphore.
sem = threading.Semaphore(2)
print("semaphore", sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01))
sem.release(2)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)

# At most 2 threads inside at once.
inside = 0
peak = 0
gate = threading.Semaphore(2)


def guarded():
    global inside, peak
    with gate:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.01)
        with lock:
            inside -= 1


gs = [threading.Thread(target=guarded) for _ in range(6)]
for t in gs:
    t.start()
for t in gs:
    t.join()
print("peak <= 2", peak <= 2, inside)

# Barrier.
barrier = threading.Barrier(3)
indices = []


def at_barrier():
    i = barrier.wait()
    with lock:
        indices.append(i)


bt = [threading.Thread(target=at_barrier) for _ in range(3)]
for t in bt:
    t.start()
for t in bt:
    t.join()
print("barrier", sorted(indices), barrier.broken)

# Timer, and a cancelled one.
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm.join()
tc = threading.Timer(10, fired.append, args=("cancelled",))
tc.start()
tc.cancel()
tc.join()
print("timer", fired)

# Thread-local data.
data = threading.local()
data.value = "main"
local_seen = []


def use_local(i):
    local_seen.append((i, hasattr(data, "value")))
    data.value = i
    time.sleep(0.001)
    local_seen.append((i, data.value))


lt = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in lt:
    t.start()
for t in lt:
    t.join()
print("local", sorted(local_seen), data.value)


class MyLocal(threading.local):
    def __init__(self, start):
        self.count = start


ml = MyLocal(10)
ml.count += 1
other = []
t = threading.Thread(target=lambda: other.append(ml.count))
t.start()
t.join()
print("local subclass", ml.count, other)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)

# Uncaught exceptions go through threading.excepthook.
captured = []


def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


def fail():
    raise ValueError("boom")


old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
threading.excepthook = old
print("hook", captured)

# The default hook writes to sys.stderr.
saved = sys.stderr
sys.stderr = io.StringIO()
t = threading.Thread(target=fail, name="noisy")
t.start()
t.join()
text = sys.stderr.getvalue()
sys.stderr = saved
lines = text.splitlines()
print("default hook", lines[0], "|", lines[1], "|", lines[-1])

# SystemExit in a thread is silent.
t = threading.Thread(target=sys.exit)
t.start()
t.join()
print("sys.exit in thread ok")

# Errors.
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)

# Daemon flag, repr-free status.
d = threading.Thread(target=lambda: None, daemon=True)
print("daemon", d.daemon, threading.Thread(target=lambda: None).daemon)
d.start()
d.join()
print("switch interval", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print("set", sys.getswitchinterval())
sys.setswitchinterval(0.005)
print("active at end", threading.active_count())
