# array.array: construction, the sequence protocol, methods, buffers, pickling.
import array
import copy
import io
import pickle
import struct
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

print(array.typecodes, array.ArrayType is array.array)
for code in array.typecodes:
    a = array.array(code)
    print(code, a.typecode, a.itemsize, repr(a))

# Construction from every kind of initializer.
print(array.array('i', [1, 2, 3]), array.array('i', (4, 5)), array.array('i', range(3)))
print(array.array('B', b'abc'), array.array('B', bytearray(b'xy')), array.array('h', iter([7, 8])))
print(array.array('i', array.array('i', [9])), array.array('d', array.array('i', [1, 2])))
print(array.array('u', 'hé\U0001f600'), array.array('w', 'xyz'), array.array('b', (x for x in range(-2, 2))))
print(array.array('h', b'\x01\x00\x02\x00'), array.array('f', [0.5, 1e40, -0.0]), array.array('d', [1, 2.5]))

# Limits of every integer typecode.
limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
          'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for code, (lo, hi) in limits.items():
    a = array.array(code, [lo, hi, 0])
    print(code, a, a.tolist() == [lo, hi, 0], len(a.tobytes()))

# Indexing and slicing.
a = array.array('i', range(10))
print(a[0], a[-1], a[3:7], a[::2], a[::-3], a[7:2:-2], a[100:], a[-100:2], a[5:5])
a[0] = 100
a[-1] = -100
print(a)
a[2:4] = array.array('i', [20, 30, 40, 50])
print(a)
a[::3] = array.array('i', [0] * len(a[::3]))
print(a)
a[1:1] = array.array('i', [7])
print(a)
a[:] = a
print(a)
del a[0]
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
del a[::-3]
print(a)
b = array.array('d', [float(i) for i in range(12)])
del b[10:2:-3]
print(b)

# Operators.
x = array.array('h', [1, 2])
y = array.array('h', [3])
print(x + y, x * 3, 3 * x, x * 0, x * -1, 2 in x, 5 in x, 2.0 in x, len(x * 4))
z = x
z += y
print(z is x, x)
z *= 2
print(z is x, x)
z *= 0
print(x, bool(x), bool(y))

# Comparisons.
p = array.array('i', [1, 2, 3])
q = array.array('i', [1, 2, 4])
print(p == q, p != q, p < q, p <= q, p > q, p >= q)
print(p == array.array('d', [1.0, 2.0, 3.0]), p < array.array('i', [1, 2]), p == p[:])
print(array.array('d', [float('nan')]) == array.array('d', [float('nan')]))
print(array.array('b', [-1]) < array.array('B', [255]), array.array('Q', [2**63]) > array.array('Q', [1]))
print(p == [1, 2, 3], p != (1, 2, 3))

# Methods.
a = array.array('l', [5, 1, 4])
a.append(7)
a.extend([8, 9])
a.extend(array.array('l', [10]))
a.extend(iter(range(2)))
a.insert(0, -1)
a.insert(100, 99)
a.insert(-100, -99)
a.insert(-1, 98)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4)
print(a, a.index(7), a.index(1), a.index(1, 2), a.index(1, 0, -1), a.count(1), a.count(42))
a.reverse()
print(a)
s = array.array('i', [1, 256, 65536])
s.byteswap()
print(s)
print(array.array('d', [1.0]).buffer_info()[1], type(array.array('d').buffer_info()[0]))
f = array.array('f')
f.fromlist([1.5, 2.5])
f.frombytes(struct.pack('2f', 3.5, 4.5))
print(f, f.tolist(), f.tobytes() == struct.pack('4f', 1.5, 2.5, 3.5, 4.5))
u = array.array('w')
u.fromunicode('abc\u20ac')
print(u, u.tounicode(), u.tolist(), u[1], u[::-1])
u[0] = 'Z'
print(u.tounicode(), array.array('u', 'x').tounicode())

# Files.
buf = io.BytesIO()
array.array('H', [1, 2, 3]).tofile(buf)
array.array('H').tofile(buf)
print(buf.getvalue())
buf.seek(0)
r = array.array('H')
r.fromfile(buf, 2)
print(r)
try:
    r.fromfile(buf, 5)
except EOFError as e:
    print('EOFError', e, r)

# Buffer protocol.
a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.readonly, m.tolist(), m.shape, m.obj is a)
m[1] = 20
with m.cast('B') as c:
    print(a, bytes(a), bytearray(a)[:4], len(bytes(c)), c[4])
try:
    a.append(4)
except BufferError as e:
    print('BufferError', e)
m.release()
a.append(4)
print(a, struct.unpack('4i', a), struct.unpack_from('i', a, 4))
print(bytes(array.array('d', [1.0])), array.array('B', memoryview(b'hi')))
print(b''.join([array.array('B', [65, 66])]), b'AB' == array.array('B', [65, 66]).tobytes())

# Iteration.
it = iter(array.array('i', [1, 2, 3]))
print(next(it), list(it), list(it))
a = array.array('i', [1, 2])
it = iter(a)
a.append(3)
print(list(it), list(reversed(a)), sorted(array.array('d', [3.0, 1.0, 2.0])))

# Copying and pickling.
a = array.array('d', [1.5, -2.5])
print(copy.copy(a), copy.deepcopy(a), a.__copy__() is not a)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for code in 'bBhHiIlLqQfdw':
        arr = array.array(code, [1, 2]) if code != 'w' else array.array('w', 'ab')
        back = pickle.loads(pickle.dumps(arr, proto))
        assert back == arr and back.typecode == code, (proto, code)
print(a.__reduce_ex__(2), a.__reduce_ex__(4)[1][1:3])
print(array._array_reconstructor(array.array, 'i', 8, b'\x01\x00\x00\x00'))
print(array._array_reconstructor(array.array, 'i', 9, b'\x00\x00\x00\x01'))
print(array._array_reconstructor(array.array, 'l', 8, b'\x01\x00\x00\x00'))
print(array._array_reconstructor(array.array, 'd', 15, struct.pack('>f', 0.5)))
print(array._array_reconstructor(array.array, 'w', 18, 'hi'.encode('utf-16-le')))
it = iter(array.array('i', [1, 2, 3]))
next(it)
print(it.__reduce__()[1:], type(it).__name__)
print(list(pickle.loads(pickle.dumps(it))))

# Subclasses.
class MyArray(array.array):
    def __init__(self, code, items=()):
        self.note = 'made'


m = MyArray('i', [1, 2])
m.extra = 5
print(m, type(m).__name__, m.note, m.extra, type(m[:]).__name__, type(m + m).__name__, type(copy.copy(m)).__name__)
m2 = pickle.loads(pickle.dumps(m))
print(type(m2).__name__, m2, m2.extra, m2.__dict__)
print(array.array[int], isinstance(m, array.array))

# Other consumers of the buffer: writable targets and read-only readers.
import binascii
import hashlib
import os
import tempfile
import zlib

a = array.array('B', b'hello')
struct.pack_into('B', a, 0, 72)
print(a, io.BytesIO(b'xy').readinto(a), a)
path = os.path.join(tempfile.mkdtemp(), 'data')
with open(path, 'wb') as fh:
    print(fh.write(array.array('h', [1, 2])))
for buffering in (-1, 0):
    with open(path, 'rb', buffering=buffering) as fh:
        target = array.array('h', [0, 0, 0])
        print(fh.readinto(target), target)
os.remove(path)
print(hashlib.sha256(a).hexdigest()[:16], zlib.crc32(a), binascii.hexlify(a), int.from_bytes(a, 'little'))
print(b'-'.join([a, a]), b'xyllo'.find(array.array('B', b'll')), str(a, 'ascii'), bytearray(b'>') + a)
print(b'xyllo' == a, struct.unpack('5B', a), bytes(memoryview(a)[1:3]), memoryview(a) == a)
