# asyncio subprocesses: create_subprocess_exec and _shell with pipes (stdin is a socketpair,
# stdout/stderr pipes read by the selector loop; the child watcher waits in a thread or a pidfd),
# communicate, streamed readline, return codes and concurrent children.
import asyncio
from asyncio.subprocess import PIPE, DEVNULL, STDOUT


async def main():
    proc = await asyncio.create_subprocess_exec('echo', 'hello', 'sub', stdout=PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(b'data in\nline two\n')
    print(out, proc.returncode)

    proc = await asyncio.create_subprocess_shell('echo out; echo err >&2; exit 3', stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_shell('echo merged; echo also >&2', stdout=PIPE, stderr=STDOUT)
    print(sorted((await proc.stdout.read()).splitlines()), await proc.wait())

    proc = await asyncio.create_subprocess_exec('printf', 'a\\nb\\nc\\n', stdout=PIPE)
    lines = []
    while line := await proc.stdout.readline():
        lines.append(line)
    print(lines, await proc.wait())

    proc = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    proc.stdin.write(b'streamed\n')
    await proc.stdin.drain()
    print(await proc.stdout.readline())
    proc.stdin.close()
    await proc.stdin.wait_closed()
    print(await proc.stdout.read(), await proc.wait())

    proc = await asyncio.create_subprocess_exec('false', stdout=DEVNULL)
    print(await proc.wait(), proc.returncode)

    procs = [await asyncio.create_subprocess_exec('echo', str(i), stdout=PIPE) for i in range(3)]
    print(await asyncio.gather(*(p.communicate() for p in procs)), [p.returncode for p in procs])

    try:
        await asyncio.create_subprocess_exec('/nonexistent/program')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename)


asyncio.run(main())
