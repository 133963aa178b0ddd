class R:
    def __init__(self): self._buffer = bytearray(b"hello world")
    def read(self, n):
        data = bytes(memoryview(self._buffer)[:n])
        del self._buffer[:n]
        return data
r = R()
print(r.read(3), r.read(2), r._buffer)
async def co(r, n):
    data = bytes(memoryview(r._buffer)[:n])
    del r._buffer[:n]
    return data
c = co(r, 2)
try: c.send(None)
except StopIteration as e: print(e.value)
