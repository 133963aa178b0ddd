# asyncio: run, coroutines and tasks, gather (results and exceptions), sleep ordering, wait_for
# and asyncio.timeout, cancellation, TaskGroup, Event, to_thread and call_soon_threadsafe (the
# selector loop's self-pipe), and streams over a localhost TCP server. Deterministic: ordering is
# forced by events, queues or clearly separated sleeps, and no port is printed.
import asyncio
import threading
import time


async def worker(name, n):
    await asyncio.sleep(0.01 * n)
    return name * n


async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def basics():
    print(await worker('z', 1))
    print(await asyncio.gather(worker('a', 3), worker('b', 1), worker('c', 2)))
    order = []

    async def note(label, delay):
        await asyncio.sleep(delay)
        order.append(label)

    await asyncio.gather(note('slow', 0.06), note('fast', 0.0), note('mid', 0.03))
    print(order)
    t = asyncio.create_task(worker('x', 2), name='my-task')
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result(), t.cancelled())
    print(await asyncio.gather(fails('boom'), worker('y', 1), return_exceptions=True))
    try:
        await asyncio.gather(worker('w', 1), fails('first'))
    except ValueError as e:
        print('gather raised', e)


async def timeouts():
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.02)
    except TimeoutError as e:
        print('wait_for', type(e).__name__)
    print(await asyncio.wait_for(worker('q', 1), 5))
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout expired', cm.expired())
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
    print('in time', cm.expired())


async def cancellation():
    started = asyncio.Event()

    async def sleeper():
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('sleeper cancelled')
            raise

    t = asyncio.create_task(sleeper())
    await started.wait()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('awaited cancelled', t.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(worker('d', 1)), asyncio.create_task(asyncio.sleep(10))], timeout=0.1)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


async def task_group():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('g', 1))
        t2 = tg.create_task(worker('h', 2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails('in group'))
            tg.create_task(asyncio.sleep(10))
    except* ValueError as eg:
        print('group', [str(e) for e in eg.exceptions])


def blocking(x):
    time.sleep(0.02)
    return x * 2


async def threads():
    print(await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 2)))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def later():
        time.sleep(0.02)
        loop.call_soon_threadsafe(fut.set_result, 'from thread')

    th = threading.Thread(target=later)
    th.start()
    print(await fut)
    th.join()
    print(await loop.run_in_executor(None, blocking, 21))


async def streams():
    async def handle(reader, writer):
        while line := await reader.readline():
            writer.write(line.upper())
            await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        print(writer.get_extra_info('peername') == ('127.0.0.1', port))
        for msg in (b'one\n', b'two\n', b'three\n'):
            writer.write(msg)
            await writer.drain()
            print(await reader.readline())
        writer.write(b'a:b:c\n')
        print(await reader.readuntil(b':'), await reader.readexactly(4))
        writer.write(b'chunked reads\n')
        print(await reader.read(4), await reader.read(3), await reader.readline())
        writer.write_eof()
        print(await reader.read(), reader.at_eof())
        writer.close()
        await writer.wait_closed()
    print('server closed', server.is_serving())
    fed = asyncio.StreamReader()
    fed.feed_data(b'hello world')
    fed.feed_eof()
    print(await fed.read(5), await fed.read(3), await fed.read())


async def main():
    for step in (basics, timeouts, cancellation, task_group, threads, streams):
        print('--', step.__name__)
        await step()
    return 'done'


print(asyncio.run(main()))
print(asyncio.run(worker('r', 1)))
