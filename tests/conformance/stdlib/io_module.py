# io (io.py over _io): ABC registration, StringIO/BytesIO, open and TextIOWrapper.
import io
import os

print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
s = io.StringIO()
print("x", 1, file=s)
s.writelines(["a\n", "b\n"])
print(repr(s.getvalue()), s.getvalue().splitlines())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", newline="\n")
w.write("héllo\nline2\n")
w.flush()
print(b.getvalue())
r = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\n"), encoding="ascii")
print(r.readlines(), r.encoding)
r = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\n"), encoding="ascii", newline="")
print(list(r))
name = "/tmp/protopy_io_module_%d.txt" % os.getpid()
with open(name, "w", encoding="utf-8") as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f.buffer, io.BufferedWriter), f.name == name)
    f.write("data\n")
with open(name, "rb") as f:
    print(isinstance(f, io.BufferedReader), isinstance(f.raw, io.FileIO), f.read())


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
u.write("abc")
print(u.getvalue(), isinstance(u, io.IOBase))


class Raw(io.RawIOBase):
    def __init__(self):
        self.data = b"raw data\nline"

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(Raw().read(), Raw().readline(), io.BufferedReader(Raw()).read(4))
os.remove(name)
