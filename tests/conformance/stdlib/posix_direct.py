# The posix module directly (no os.py): files by descriptor, stat, directories, errors.
import posix
import sys

base = "/tmp/protopy_posix_%d" % posix.getpid()
posix.mkdir(base)
name = base + "/a.txt"
fd = posix.open(name, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(posix.write(fd, b"hello\nworld\n"))
posix.close(fd)
fd = posix.open(name, posix.O_RDONLY)
print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.read(fd, 100), posix.read(fd, 10))
print(posix.lseek(fd, 2, 0), posix.read(fd, 3))
st = posix.fstat(fd)
posix.close(fd)
print(type(st).__name__, st.st_size, st[6], oct(st.st_mode & 0o777), len(st))
s2 = posix.stat(name)
print(s2.st_size == st.st_size, s2.st_ino == st.st_ino, isinstance(s2.st_mtime, float), isinstance(s2.st_mtime_ns, int), isinstance(s2[8], int))
print(s2.st_mtime_ns // 1000000000 == s2[8])
posix.mkdir(base + "/sub")
with open(base + "/sub/b.bin", "wb") as f:
    f.write(b"\x00\x01")
print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode())))
entries = sorted(posix.scandir(base), key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
print(entries[0].path == base + "/a.txt", entries[0].stat().st_size, repr(entries[1]))
posix.symlink(name, base + "/link")
print(posix.readlink(base + "/link") == name, posix.lstat(base + "/link").st_mode & 0o170000 == 0o120000)
print(posix.access(name, posix.R_OK), posix.access(base + "/missing", posix.F_OK))
posix.chmod(name, 0o600)
print(oct(posix.stat(name).st_mode & 0o777))
posix.utime(name, (1000000000, 1000000000))
print(posix.stat(name).st_mtime, posix.stat(name).st_atime_ns)
posix.utime(name, ns=(5 * 10**9 + 7, 6 * 10**9 + 9))
print(posix.stat(name).st_mtime_ns, posix.stat(name).st_atime_ns)
posix.rename(name, base + "/c.txt")
posix.replace(base + "/c.txt", base + "/d.txt")
print(sorted(posix.listdir(base)))
for bad in (lambda: posix.stat(base + "/missing"), lambda: posix.rmdir(base + "/d.txt"), lambda: posix.mkdir(base),
            lambda: posix.open(base + "/missing", posix.O_RDONLY), lambda: posix.listdir(base + "/d.txt")):
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == base + "/missing" or e.filename.startswith(base))
for bad in (lambda: posix.stat(1.5), lambda: posix.listdir(3.0), lambda: posix.fspath(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class P:
    def __fspath__(self):
        return base


print(posix.fspath("x"), posix.fspath(b"y"), posix.fspath(P()) == base, sorted(posix.listdir(P())))
posix.unlink(base + "/link")
posix.remove(base + "/d.txt")
posix.unlink(base + "/sub/b.bin")
posix.rmdir(base + "/sub")
posix.rmdir(base)
print(posix.access(base, posix.F_OK))
print(posix.strerror(2), posix.strerror(13), len(posix.urandom(16)), posix.getpid() > 0, posix.cpu_count() > 0)
print(isinstance(posix.environ, dict), all(isinstance(k, bytes) for k in posix.environ))
print(posix.getcwd() == posix.getcwdb().decode(), posix.error is OSError, posix.O_RDONLY, posix.SEEK_HOLE if hasattr(posix, "SEEK_HOLE") else None)
r, w = posix.pipe()
posix.write(w, b"piped")
posix.close(w)
print(posix.read(r, 100), posix.read(r, 100))
posix.close(r)
print(posix.waitstatus_to_exitcode(3 << 8), posix.isatty(r + 1000) if False else "skip")
