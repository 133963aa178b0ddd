# os over posix: files, directories, walk, environ, errors.
import os

base = os.path.join("/tmp", "protopy_os_%d" % os.getpid())
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
for rel, text in (("top.txt", "t"), ("a/one.txt", "1"), ("a/b/two.txt", "22")):
    with open(os.path.join(base, rel), "w") as f:
        f.write(text)
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, base), sorted(files))
print(sorted(e.name for e in os.scandir(base)), sorted(os.listdir(base)))
print(os.stat(os.path.join(base, "a/b/two.txt")).st_size, os.path.getsize(os.path.join(base, "top.txt")))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.islink(base))
os.rename(os.path.join(base, "top.txt"), os.path.join(base, "renamed.txt"))
print(sorted(os.listdir(base)))
try:
    os.remove(os.path.join(base, "top.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    os.rmdir(os.path.join(base, "a"))
except OSError as e:
    print(type(e).__name__, e.errno)
os.environ["PROTOPY_TEST_VAR"] = "value"
print(os.environ["PROTOPY_TEST_VAR"], os.getenv("PROTOPY_TEST_VAR"), "PROTOPY_TEST_VAR" in os.environ, os.environb[b"PROTOPY_TEST_VAR"])
del os.environ["PROTOPY_TEST_VAR"]
print(os.getenv("PROTOPY_TEST_VAR", "gone"))
print(os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.name, os.devnull)
print(os.fspath("p"), os.fsencode("é"), os.fsdecode(b"\xc3\xa9"), callable(os.get_terminal_size))
cwd = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, sorted(os.listdir()))
os.chdir(cwd)
for root, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
os.rmdir(base)
print(os.path.exists(base), os.cpu_count() > 0, len(os.urandom(8)), os.strerror(2))
print(os.terminal_size((80, 24)), os.stat_result((1,) * 10).st_mode)
