# At exit: non-daemon threads are joined (threading._shutdown) before atexit callbacks run;
# a daemon thread still blocked does not keep the program alive.
import atexit
import threading
import time

atexit.register(lambda: print("atexit runs after the threads"))
never = threading.Event()
started = threading.Event()


def blocked_forever():
    started.set()
    never.wait()
    print("never printed")


def late():
    time.sleep(0.05)
    print("non-daemon thread finished")


threading.Thread(target=blocked_forever, daemon=True).start()
started.wait()
threading.Thread(target=late).start()
threading._register_atexit(lambda: print("threading atexit before the join"))
print("main done", threading.active_count())
