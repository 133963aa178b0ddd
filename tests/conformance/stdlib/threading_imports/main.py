# Threads importing the same module concurrently wait for the first one to finish running it.
import sys
import threading

results = []
lock = threading.Lock()


def importer():
    import slowmod
    with lock:
        results.append(slowmod.VALUE)


threads = [threading.Thread(target=importer) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, "slowmod" in sys.modules)


# A module that fails to import leaves nothing behind, for every thread.
def failing():
    try:
        import no_such_module_here  # noqa: F401
    except ImportError as e:
        with lock:
            results.append(type(e).__name__)


results.clear()
threads = [threading.Thread(target=failing) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
