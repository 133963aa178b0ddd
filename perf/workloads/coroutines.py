# name: coroutines
# tags: coroutines, async, calls
# size: async fib(28); a 4-stage channel pipeline of 120000 items; 500 tasks x 400 yields; 5000 sleepers on a virtual clock
# description: async def / await driven by a small hand-written scheduler (no asyncio): coroutine creation, send(), __await__ objects, task switches.
# result: the result of each part and the scheduler's switch count


class Request:
    """Something a task awaits; the scheduler calls `handle` when the task yields it."""

    def __await__(self):
        return (yield self)


class Yield(Request):
    def handle(self, scheduler, task):
        scheduler.ready.append(task)


class Sleep(Request):
    def __init__(self, ticks):
        self.ticks = ticks

    def handle(self, scheduler, task):
        scheduler.sleep(task, self.ticks)


class Park(Request):
    """Suspends the task on a waiter list until someone calls scheduler.wake on it."""

    def __init__(self, waiters):
        self.waiters = waiters

    def handle(self, scheduler, task):
        self.waiters.append(task)


class Join(Request):
    def __init__(self, other):
        self.other = other

    def handle(self, scheduler, task):
        if self.other.done:
            task.send_value = self.other.result
            scheduler.ready.append(task)
        else:
            self.other.joiners.append(task)


class Task:
    __slots__ = ("coro", "send_value", "done", "result", "joiners")

    def __init__(self, coro):
        self.coro = coro
        self.send_value = None
        self.done = False
        self.result = None
        self.joiners = []


class Scheduler:
    def __init__(self):
        self.ready = []
        self.timers = {}  # tick -> tasks waking then
        self.now = 0
        self.switches = 0

    def spawn(self, coro):
        task = Task(coro)
        self.ready.append(task)
        return task

    def sleep(self, task, ticks):
        self.timers.setdefault(self.now + ticks, []).append(task)

    def wake(self, task, value=None):
        task.send_value = value
        self.ready.append(task)

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                self.now = min(self.timers)
                self.ready = self.timers.pop(self.now)
            batch = self.ready
            self.ready = []
            for task in batch:
                self.step(task)

    def step(self, task):
        self.switches += 1
        value = task.send_value
        task.send_value = None
        try:
            request = task.coro.send(value)
        except StopIteration as stop:
            task.done = True
            task.result = stop.value
            for joiner in task.joiners:
                self.wake(joiner, stop.value)
            return
        request.handle(self, task)


class Channel:
    """A bounded FIFO between tasks; `put` and `get` park the caller while full or empty."""

    def __init__(self, scheduler, capacity):
        self.scheduler = scheduler
        self.capacity = capacity
        self.items = []
        self.head = 0
        self.getters = []
        self.putters = []

    def __len__(self):
        return len(self.items) - self.head

    async def put(self, item):
        while len(self) >= self.capacity:
            await Park(self.putters)
        self.items.append(item)
        if self.getters:
            self.scheduler.wake(self.getters.pop(0))

    async def get(self):
        while len(self) == 0:
            await Park(self.getters)
        item = self.items[self.head]
        self.head += 1
        if self.head > 64:
            del self.items[:self.head]
            self.head = 0
        if self.putters:
            self.scheduler.wake(self.putters.pop(0))
        return item


DONE = object()


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def source(out, count):
    for i in range(count):
        await out.put(i)
    await out.put(DONE)


async def stage(inp, out, fn):
    while True:
        item = await inp.get()
        if item is DONE:
            await out.put(DONE)
            return
        await out.put(fn(item))


async def sink(inp):
    total = 0
    count = 0
    while True:
        item = await inp.get()
        if item is DONE:
            return total, count
        total += item
        count += 1


async def spinner(ident, rounds, log):
    acc = ident
    for i in range(rounds):
        acc = (acc * 31 + i) % 1000003
        await Yield()
    log.append(acc)
    return acc


async def sleeper(ident, scheduler):
    woke = []
    for k in range(5):
        await Sleep(1 + (ident * 7 + k) % 13)
        woke.append(scheduler.now)
    return sum(woke)


async def supervisor(scheduler, tasks):
    total = 0
    for task in tasks:
        total += await Join(task)
    return total


def run_fib(n):
    scheduler = Scheduler()
    task = scheduler.spawn(fib(n))
    scheduler.run()
    return task.result, scheduler.switches


def run_pipeline(count):
    scheduler = Scheduler()
    a = Channel(scheduler, 4)
    b = Channel(scheduler, 4)
    c = Channel(scheduler, 4)
    scheduler.spawn(source(a, count))
    scheduler.spawn(stage(a, b, lambda x: x * x % 10007))
    scheduler.spawn(stage(b, c, lambda x: x + 3 if x % 3 else x // 3))
    done = scheduler.spawn(sink(c))
    scheduler.run()
    return done.result, scheduler.switches


def run_spinners(tasks, rounds):
    scheduler = Scheduler()
    log = []
    spinners = [scheduler.spawn(spinner(i, rounds, log)) for i in range(tasks)]
    boss = scheduler.spawn(supervisor(scheduler, spinners))
    scheduler.run()
    return boss.result, len(log), scheduler.switches


def run_sleepers(count):
    scheduler = Scheduler()
    sleepers = [scheduler.spawn(sleeper(i, scheduler)) for i in range(count)]
    boss = scheduler.spawn(supervisor(scheduler, sleepers))
    scheduler.run()
    return boss.result, scheduler.now, scheduler.switches


def main():
    f, s1 = run_fib(28)
    (total, count), s2 = run_pipeline(120000)
    spun, finished, s3 = run_spinners(500, 400)
    slept, clock, s4 = run_sleepers(5000)
    return f, total, count, spun, finished, slept, clock, s1 + s2 + s3 + s4


f, total, count, spun, finished, slept, clock, switches = main()
print(f"coroutines: fib {f}; pipeline {count} items sum {total}; spinners {finished} checksum {spun};"
      f" sleepers {slept} until tick {clock}; switches {switches}")
