# signal over _signal: handlers (run by raise_signal and by os.kill's delivery), SIG_IGN/SIG_DFL,
# default_int_handler, the numbers and enums, strsignal, valid_signals, set_wakeup_fd, masks, errors.
import signal, os, sys
print(signal.SIGINT, repr(signal.SIGTERM), signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(len(signal.valid_signals()), signal.strsignal(signal.SIGTERM), signal.strsignal(34), signal.NSIG)
got = []
def h(signum, frame):
    got.append((signum, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, h)
print(old, signal.getsignal(signal.SIGUSR1) is h)
signal.raise_signal(signal.SIGUSR1)
print(got)
signal.signal(signal.SIGUSR2, h)
os.kill(os.getpid(), signal.SIGUSR2)
import time
deadline = time.monotonic() + 20
while len(got) < 2 and time.monotonic() < deadline:
    pass
print(got)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print(signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGINT, signal.default_int_handler)
def boom(s, f):
    raise ValueError("from handler")
signal.signal(signal.SIGTERM, boom)
try:
    signal.raise_signal(signal.SIGTERM)
except ValueError as e:
    print("ValueError", e)
for f in [lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN), lambda: signal.signal(0, 1), lambda: signal.signal(2, 5), lambda: signal.getsignal(99), lambda: signal.strsignal(0), lambda: signal.set_wakeup_fd(999999)]:
    try: print(f())
    except BaseException as e: print(type(e).__name__, e)
r, w = os.pipe()
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w), signal.set_wakeup_fd(-1) == w)
print(signal.pthread_sigmask(signal.SIG_BLOCK, []), signal.sigpending())
print(signal.alarm(0), signal.Signals.SIGCHLD, signal.Handlers.SIG_DFL, signal.Sigmasks.SIG_SETMASK)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is h, signal.getsignal(signal.SIGUSR1))
r2, w2 = os.pipe()
os.set_blocking(w2, False)
signal.set_wakeup_fd(w2)
signal.signal(signal.SIGUSR1, h)
signal.raise_signal(signal.SIGUSR1)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR2)
print(os.read(r2, 10), got[-1][0])
signal.set_wakeup_fd(-1)
try:
    signal.set_wakeup_fd(r)
except ValueError as e:
    print("ValueError", e.args[0].startswith("the fd"))
fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
print(signal.getitimer(signal.ITIMER_REAL), signal.setitimer(signal.ITIMER_REAL, 0.05))
deadline = time.monotonic() + 20
while not fired and time.monotonic() < deadline:
    pass
print(fired, signal.getitimer(signal.ITIMER_REAL))
print(signal.setitimer(signal.ITIMER_REAL, 10, 5)[0] == 0, [round(x) for x in signal.setitimer(signal.ITIMER_REAL, 0)])
try:
    signal.setitimer(9, 1)
except signal.ItimerError as e:
    print(type(e).__name__, e, e.args, issubclass(signal.ItimerError, OSError))
