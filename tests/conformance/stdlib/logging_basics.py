# logging: basicConfig to sys.stdout, formats, logger hierarchy, handlers, filters, exceptions, threads.
import io
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("debug %s", 1)
log.info("info %d", 2)
log.warning("warning")
log.error("error %r", "x")
log.critical("critical")
logging.info("root info")

# Hierarchy and levels.
child = logging.getLogger("app.db")
print("parent", child.parent.name, logging.getLogger("app.db.sql").parent.name)
print("effective", child.getEffectiveLevel(), logging.getLevelName(child.getEffectiveLevel()))
log.setLevel(logging.WARNING)
child.info("hidden")
child.warning("shown from child")
print("enabled", child.isEnabledFor(logging.INFO), child.isEnabledFor(logging.ERROR))
log.setLevel(logging.NOTSET)

# A handler with its own format, level and filter; propagation.
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s | %(message)s"))
h.setLevel(logging.INFO)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1


h.addFilter(OnlyOdd())
svc = logging.getLogger("svc")
svc.addHandler(h)
svc.propagate = False
for i in range(5):
    svc.info("n=%d", i)
svc.debug("n=%d", 7)
print(stream.getvalue(), end="")

# Formatter fields.
f = logging.Formatter("%(name)s %(levelno)d %(funcName)s %(lineno)s %(module)s %(message)s")
rec = logging.LogRecord("rec", logging.WARNING, "file.py", 42, "msg %s", ("arg",), None, func="fn")
print(f.format(rec))
print(logging.Formatter("{levelname}/{message}", style="{").format(rec))
print(logging.Formatter("$levelname/$message", style="$").format(rec))

# Exception logging.
try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")
try:
    1 / 0
except ZeroDivisionError:
    log.error("with exc_info", exc_info=True)

# Extra fields and LoggerAdapter.
extra_stream = io.StringIO()
eh = logging.StreamHandler(extra_stream)
eh.setFormatter(logging.Formatter("%(user)s: %(message)s"))
ex = logging.getLogger("extra")
ex.addHandler(eh)
ex.propagate = False
ex.warning("hello", extra={"user": "ann"})
adapter = logging.LoggerAdapter(ex, {"user": "bob"})
adapter.warning("adapted")
print(extra_stream.getvalue(), end="")

# Logging from several threads: one line per record, none lost.
tstream = io.StringIO()
th = logging.StreamHandler(tstream)
th.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
tl = logging.getLogger("threads")
tl.addHandler(th)
tl.propagate = False
tl.setLevel(logging.INFO)


def emit(k):
    for j in range(10):
        tl.info("record %d-%d", k, j)


ts = [threading.Thread(target=emit, args=(k,), name="T%d" % k) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
lines = tstream.getvalue().splitlines()
print("thread records", len(lines), sorted(lines)[:3], sorted(lines)[-1])

# Levels by name, custom level.
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(logging.ERROR))
log.log(25, "custom level")
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.warning("enabled again")
logging.shutdown()
