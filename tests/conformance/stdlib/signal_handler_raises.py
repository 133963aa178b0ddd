# A signal handler's exception is raised in the code the signal interrupted.
import os
import signal
import time


class Stop(Exception):
    pass


def handler(signum, frame):
    raise Stop(f"signal {signum == signal.SIGUSR1}")


signal.signal(signal.SIGUSR1, handler)
count = 0
try:
    os.kill(os.getpid(), signal.SIGUSR1)
    while True:
        count += 1
except Stop as e:
    print("caught", e)

# A handler that returns normally lets the loop go on.
seen = []
signal.signal(signal.SIGUSR1, lambda s, f: seen.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
deadline = time.monotonic() + 20
while not seen and time.monotonic() < deadline:
    pass
print("handled", seen == [signal.SIGUSR1])

# KeyboardInterrupt from a handler.
def interrupt(signum, frame):
    raise KeyboardInterrupt


signal.signal(signal.SIGUSR2, interrupt)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    while True:
        pass
except KeyboardInterrupt:
    print("interrupted")
