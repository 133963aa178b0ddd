# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue; producers and consumers on threads.
import queue
import threading

# Single-threaded behaviour of each kind.
q = queue.Queue()
for i in range(3):
    q.put(i)
print("fifo", [q.get() for _ in range(3)], q.empty(), q.qsize())

lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print("lifo", [lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print("priority", [pq.get() for _ in range(3)])

sq = queue.SimpleQueue()
sq.put("x")
sq.put("y")
print("simple", sq.get(), sq.get(), sq.empty(), sq.qsize())

# Bounded queue: full, timeouts, Empty and Full.
bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put(2)
print("full", bq.full())
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("Full raised")
try:
    bq.put_nowait(3)
except queue.Full:
    print("Full raised (nowait)")
bq.get()
bq.get()
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print("Empty raised")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty raised (SimpleQueue)")

# Producers and consumers with a bounded queue and sentinels.
work = queue.Queue(maxsize=4)
done = queue.Queue()
N_PRODUCERS, N_CONSUMERS, PER = 3, 2, 50


def producer(p):
    for i in range(PER):
        work.put((p, i))


def consumer():
    count = 0
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        done.put(item[0] * 1000 + item[1])
        count += 1
        work.task_done()


producers = [threading.Thread(target=producer, args=(p,)) for p in range(N_PRODUCERS)]
consumers = [threading.Thread(target=consumer) for _ in range(N_CONSUMERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    work.put(None)
work.join()
for t in consumers:
    t.join()
got = []
while not done.empty():
    got.append(done.get())
print("consumed", len(got), sum(got), sorted(got) == sorted(p * 1000 + i for p in range(N_PRODUCERS) for i in range(PER)))

# A priority queue fed from threads comes out in order.
pq = queue.PriorityQueue()
feeders = [threading.Thread(target=lambda k=k: [pq.put(k * 10 + j) for j in range(5)]) for k in range(4)]
for t in feeders:
    t.start()
for t in feeders:
    t.join()
print("priority drained", [pq.get() for _ in range(pq.qsize())][:8])

# SimpleQueue between two threads: results keep their order.
sq = queue.SimpleQueue()
out = []


def reader():
    while (x := sq.get()) is not None:
        out.append(x)


t = threading.Thread(target=reader)
t.start()
for i in range(20):
    sq.put(i)
sq.put(None)
t.join()
print("simple threads", out == list(range(20)))

# Queue.shutdown (3.13+).
sd = queue.Queue()
sd.put(1)
sd.shutdown()
try:
    sd.put(2)
except queue.ShutDown:
    print("ShutDown on put")
print("after shutdown", sd.get())
try:
    sd.get()
except queue.ShutDown:
    print("ShutDown on get")
