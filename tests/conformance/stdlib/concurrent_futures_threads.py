# concurrent.futures: ThreadPoolExecutor map/submit, futures, wait, as_completed, exceptions.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print("map", list(ex.map(square, range(10))))
    print("map two", list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    f = ex.submit(pow, 2, 10)
    print("submit", f.result(), f.done(), f.cancelled(), f.exception())
    futures = [ex.submit(square, i) for i in range(8)]
    print("as_completed", sorted(fut.result() for fut in cf.as_completed(futures)))
    done, not_done = cf.wait(futures)
    print("wait", len(done), len(not_done))


def fail(x):
    raise ValueError("bad %d" % x)


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print("result raised", e)
    print("exception", repr(f.exception()))
    try:
        list(ex.map(fail, [1, 2]))
    except ValueError as e:
        print("map raised", e)

# Callbacks and shared state under a lock.
counter = 0
lock = threading.Lock()


def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
    return n


calls = []
with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    fs = [ex.submit(bump, 100) for _ in range(5)]
    for fut in fs:
        fut.add_done_callback(lambda fu: calls.append(fu.result()))
    names = set(ex.map(lambda _: threading.current_thread().name.split("_")[0], range(6)))
print("counter", counter, calls, names)

# FIRST_COMPLETED and timeouts.
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    gate = threading.Event()
    slow = ex.submit(gate.wait)
    fast = ex.submit(square, 5)
    done, pending = cf.wait([slow, fast], return_when=cf.FIRST_COMPLETED)
    print("first completed", fast in done, slow in pending)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print("TimeoutError")
    gate.set()
    print("slow", slow.result())

# A pending future can be cancelled; shutdown rejects new work.
ex = cf.ThreadPoolExecutor(max_workers=1)
block = threading.Event()
first = ex.submit(block.wait)
second = ex.submit(square, 2)
print("cancel", second.cancel(), second.cancelled())
block.set()
ex.shutdown(wait=True)
print("first", first.result())
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)

# A Future used directly.
fut = cf.Future()
print("future", fut.done(), fut.set_running_or_notify_cancel())
fut.set_result(42)
print("future", fut.done(), fut.result())
