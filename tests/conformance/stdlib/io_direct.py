# The _io classes directly (no io.py): StringIO, BytesIO, FileIO, buffered and text files, open().
import _io
import posix

s = _io.StringIO("line1\nline2\r\nline3")
print(repr(s.readline()), repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(0)
print(s.readlines())
s = _io.StringIO(newline=None)
s.write("a\r\nb\rc\n")
print(repr(s.getvalue()))
s = _io.StringIO(newline="\r\n")
print(s.write("x\ny\n"), repr(s.getvalue()))
s = _io.StringIO()
print(s.write("hello"), s.seek(2), s.write("XY"), repr(s.getvalue()), s.tell(), s.truncate(3), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed)
s.close()
print(s.closed)
try:
    s.write("x")
except ValueError as e:
    print("ValueError", e)
try:
    _io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
b = _io.BytesIO(b"ab\ncd\nef")
print(b.readline(), b.read(2), b.read(), b.read(), b.tell(), b.getvalue())
b.seek(0, 2)
b.write(b"!!")
b.seek(1)
b.write(b"Z")
print(b.getvalue(), b.tell(), b.seek(-1, 2), b.read())
print(list(_io.BytesIO(b"x\ny\n")), b.truncate(4), b.getvalue())
buf = bytearray(3)
print(_io.BytesIO(b"12345").readinto(buf), buf)
with _io.BytesIO(b"q") as ctx:
    print(ctx.read())
print(ctx.closed)
base = "/tmp/protopy_io_%d" % posix.getpid()
posix.mkdir(base)
name = base + "/t.txt"
with _io.open(name, "w") as f:
    print(type(f).__name__, f.mode, f.encoding, f.write("héllo\nwörld\n"), f.writable(), f.readable())
with open(name, encoding="utf-8") as f:
    print(type(f).__name__, repr(f.readline()), repr(f.read()), f.tell())
with open(name, "rb") as f:
    print(type(f).__name__, f.read(3), f.peek(1)[:1], f.readline(), f.read())
with open(name, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(2), f.readall(), f.closefd)
with open(name, "a") as f:
    f.write("more\r\n")
with open(name, newline="") as f:
    print([line for line in f])
with open(name) as f:
    print(f.readlines())
with open(name, "r+b") as f:
    print(type(f).__name__, f.read(1), f.seek(0), f.write(b"J"), f.tell())
with open(name, encoding="latin-1") as f:
    print(repr(f.read(3)))
with open(name, "w", encoding="utf-16") as f:
    f.write("ab")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="utf-16") as f:
    print(f.read())
for mode in ("rw", "rbt", "q", "wa"):
    try:
        open(name, mode)
    except ValueError as e:
        print("ValueError", e)
try:
    open(base + "/missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == base + "/missing.txt")
try:
    open(base)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
fio = _io.FileIO(name, "w")
print(fio.write(b"raw"), fio.mode, fio.closed, fio.seekable())
fio.close()
print(fio.closed, open(name, "rb").read())
posix.unlink(name)
posix.rmdir(base)
print(issubclass(_io.FileIO, _io._RawIOBase), issubclass(_io.BytesIO, _io._BufferedIOBase), issubclass(_io.StringIO, _io._TextIOBase))
print(issubclass(_io.TextIOWrapper, _io._IOBase), _io.DEFAULT_BUFFER_SIZE, _io.UnsupportedOperation.__mro__[1:3])
try:
    _io.BytesIO().fileno()
except _io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
print(open is _io.open)
