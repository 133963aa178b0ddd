# __bytes__ and bytes() construction paths.
class B:
    def __bytes__(self):
        return b'custom bytes'

print(bytes(B()))

def t(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class BadBytes:
    def __bytes__(self):
        return 'not bytes'
t(lambda: bytes(BadBytes()))

class BytesSub(bytes):
    pass
class ReturnsSub:
    def __bytes__(self):
        return BytesSub(b'sub')
t(lambda: (bytes(ReturnsSub()), type(bytes(ReturnsSub())).__name__))

class IterInts:
    def __iter__(self):
        return iter([104, 105])
t(lambda: bytes(IterInts()))

class Both:
    def __bytes__(self):
        return b'from __bytes__'
    def __iter__(self):
        return iter([1])
    def __index__(self):
        return 3
t(lambda: bytes(Both()))

class IndexOnly:
    def __index__(self):
        return 3
t(lambda: bytes(IndexOnly()))
t(lambda: bytes(5))
t(lambda: bytes(-1))
t(lambda: bytes('abc'))
t(lambda: bytes('abc', 'ascii'))
t(lambda: bytes('é', 'ascii'))
t(lambda: bytes([256]))
t(lambda: bytes([1, 'a']))
t(lambda: bytes(1.5))
t(lambda: bytes(None))
t(lambda: bytes(b'ab', 'ascii'))
t(lambda: bytes(B(), 'ascii'))
t(lambda: bytearray(B()))
t(lambda: bytes(BytesSub(b'x')))

class NoneBytes:
    __bytes__ = None
t(lambda: bytes(NoneBytes()))
t(lambda: str(b'bytes value'))
t(lambda: repr(bytes(range(0, 256, 37))))
t(lambda: bytes.fromhex('de ad be ef'))
t(lambda: b'abc'.hex(), )
