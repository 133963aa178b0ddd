# subprocess over _posixsubprocess.fork_exec (posix_spawn), select.poll, os.waitpid: pipes, text mode,
# input, cwd, env, shell, exec and chdir failures, exit codes, terminate, pass_fds and close_fds.
import sys, types
# Until threading imports here (it needs a real _thread), subprocess gets the one thing it uses on
# POSIX, a lock; under CPython the real module is used.
try:
    import threading
except Exception as e:
    import _thread
    fake = types.ModuleType("threading")
    fake.Lock = _thread.allocate_lock
    fake.RLock = _thread.allocate_lock
    sys.modules["threading"] = fake
import subprocess, os
r = subprocess.run(["echo", "hi"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run(["cat"], input=b"piped input\n" * 3, stdout=subprocess.PIPE)
print(r.stdout)
print(subprocess.check_output(["pwd"], cwd="/tmp"))
print(subprocess.check_output("echo $FOO", shell=True, env={"FOO": "bar", "PATH": os.environ["PATH"]}))
try:
    subprocess.run(["definitely-not-a-command-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    subprocess.run(["ls"], cwd="/nonexistent-dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e)
p = subprocess.Popen(["sleep", "5"])
p.terminate()
print(p.wait())
print(subprocess.getoutput("echo a; echo b"), subprocess.getstatusoutput("exit 2"))
r, w = os.pipe()
p = subprocess.Popen(["sh", "-c", "echo via-pass-fd > /dev/fd/%d" % w], pass_fds=[w])
p.wait(); os.close(w)
print(os.read(r, 100))
print(subprocess.run(["sh", "-c", "ls /proc/self/fd | wc -l"], capture_output=True).stdout.strip())
import select
r, w = os.pipe()
poller = select.poll()
poller.register(r, select.POLLIN)
print(poller.poll(0), select.select([r], [w], [], 0)[1] == [w])
os.write(w, b"x")
print([(fd == r, ev) for fd, ev in poller.poll(1000)], select.select([r], [], [], 1.0)[0] == [r])
poller.unregister(r)
try:
    poller.unregister(r)
except KeyError as e:
    print("KeyError", e.args[0] == r)
os.close(w)
print(poller.poll(0), os.read(r, 10), os.WIFEXITED(0), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9))
try:
    select.select([-1], [], [])
except ValueError as e:
    print("ValueError", e)
try:
    os.waitpid(os.getpid(), 0)
except ChildProcessError as e:
    print("ChildProcessError", e)
