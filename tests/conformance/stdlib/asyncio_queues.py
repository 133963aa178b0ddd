# asyncio queues: Queue, LifoQueue, PriorityQueue; put/get with producers and consumers,
# task_done/join, maxsize back-pressure, the *_nowait forms and their exceptions, and shutdown.
import asyncio


async def producer_consumer():
    q = asyncio.Queue()
    results = []

    async def producer(start):
        for i in range(start, start + 3):
            await q.put(i)

    async def consumer():
        while True:
            item = await q.get()
            results.append(item * 10)
            q.task_done()

    consumers = [asyncio.create_task(consumer()) for _ in range(2)]
    await asyncio.gather(producer(0), producer(100))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(sorted(results), q.empty(), q.qsize())


async def bounded():
    q = asyncio.Queue(maxsize=2)
    log = []

    async def slow_consumer():
        for _ in range(4):
            await asyncio.sleep(0.01)
            log.append(('get', await q.get()))

    c = asyncio.create_task(slow_consumer())
    for i in range(4):
        await q.put(i)
        log.append(('put', i, q.full()))
    await c
    print(log)
    print(q.maxsize, repr(q)[:14])


async def nowait_forms():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait('a')
    try:
        q.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull', q.qsize(), q.full())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty', q.empty())
    try:
        await asyncio.wait_for(q.get(), 0.02)
    except TimeoutError:
        print('get timed out')
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)


async def ordered_queues():
    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        await lifo.put(x)
        await prio.put((x, 'item%d' % x))
    print([await lifo.get() for _ in range(3)])
    print([await prio.get() for _ in range(3)])


async def shutdown():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    q.shutdown()
    try:
        q.put_nowait(9)
    except asyncio.QueueShutDown:
        print('put after shutdown')
    print([q.get_nowait() for _ in range(3)])
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print('get after drain')
    q2 = asyncio.Queue()
    waiter = asyncio.create_task(q2.get())
    await asyncio.sleep(0)
    q2.shutdown(immediate=True)
    try:
        await waiter
    except asyncio.QueueShutDown:
        print('waiter woken by shutdown')


async def pipeline():
    stage1, stage2 = asyncio.Queue(), asyncio.Queue()

    async def double():
        while (item := await stage1.get()) is not None:
            await stage2.put(item * 2)
        await stage2.put(None)

    async def collect():
        out = []
        while (item := await stage2.get()) is not None:
            out.append(item)
        return out

    t = asyncio.create_task(double())
    for i in range(5):
        await stage1.put(i)
    await stage1.put(None)
    print(await collect())
    await t


async def main():
    for step in (producer_consumer, bounded, nowait_forms, ordered_queues, shutdown, pipeline):
        print('--', step.__name__)
        await step()


asyncio.run(main())
