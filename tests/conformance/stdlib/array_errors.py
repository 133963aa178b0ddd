# array.array: the exceptions and messages of conversions, indexing and methods.
import array
import io
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r)


class Idx:
    def __index__(self):
        return 3


class Flt:
    def __float__(self):
        return 2.5


values = [-2**70, -2**64, -2**63 - 1, -2**63, -2**32, -2**31 - 1, -2**31, -2**16, -2**15 - 1, -129, -128, -1,
          0, 127, 128, 255, 256, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, 2**70,
          1.5, 'a', 'ab', '', None, Idx(), Flt(), True, 10**400]
for code in array.typecodes:
    for v in values:
        attempt(code + ' ' + repr(v)[:12], lambda: array.array(code, [v]).tolist())
    a = array.array(code, 'x' if code in 'uw' else [1])
    attempt(code + ' setitem', lambda: a.__setitem__(0, object()))
    attempt(code + ' append', lambda: a.append(None))

attempt('float big', lambda: array.array('d', [2**1024]))
attempt('float huge f', lambda: array.array('f', [1e300]))
attempt('no args', lambda: array.array())
attempt('too many', lambda: array.array('i', [], 1))
attempt('bad code', lambda: array.array('x'))
attempt('int code', lambda: array.array(1))
attempt('None code', lambda: array.array(None))
attempt('long code', lambda: array.array('ii'))
attempt('non-ascii code', lambda: array.array('é'))
attempt('keywords', lambda: array.array('i', initializer=[1]))
attempt('not iterable', lambda: array.array('i', 1))
attempt('str init', lambda: array.array('i', 'abc'))
attempt('unicode array init', lambda: array.array('i', array.array('w', 'a')))
attempt('bytes length', lambda: array.array('i', b'abc'))
attempt('bad item in list', lambda: array.array('i', [1, 'x']))

a = array.array('i', [1, 2, 3])
attempt('index', lambda: a[3])
attempt('index neg', lambda: a[-4])
attempt('index str', lambda: a['x'])
attempt('index float', lambda: a[1.0])
attempt('index big', lambda: a[2**100])
attempt('setitem range', lambda: a.__setitem__(3, 1))
attempt('delitem range', lambda: a.__delitem__(-4))
attempt('slice list', lambda: a.__setitem__(slice(0, 1), [1]))
attempt('slice kind', lambda: a.__setitem__(slice(0, 1), array.array('d', [1])))
attempt('ext slice size', lambda: a.__setitem__(slice(0, 3, 2), array.array('i', [1])))
attempt('slice step 0', lambda: a[::0])
attempt('add list', lambda: a + [1])
attempt('add kind', lambda: a + array.array('d'))
attempt('radd list', lambda: [1] + a)
attempt('mul str', lambda: a * 'x')
attempt('mul float', lambda: a * 1.5)
attempt('iadd list', lambda: a.__iadd__([1]))
attempt('iadd kind', lambda: a.__iadd__(array.array('b')))
attempt('compare', lambda: a < 3)
attempt('compare list', lambda: a < [1])
attempt('hash', lambda: hash(a))
attempt('index missing', lambda: a.index(9))
attempt('index range', lambda: a.index(1, 1))
attempt('index bad start', lambda: a.index(1, 'x'))
attempt('remove missing', lambda: a.remove(9))
attempt('pop empty', lambda: array.array('i').pop())
attempt('pop range', lambda: a.pop(9))
attempt('pop str', lambda: a.pop('x'))
attempt('insert str', lambda: a.insert('x', 1))
attempt('insert bad', lambda: a.insert(0, 'x'))
attempt('extend kind', lambda: a.extend(array.array('d')))
attempt('extend int', lambda: a.extend(5))
attempt('extend bad item', lambda: a.extend([4, 'x']))
print(a)
attempt('fromlist tuple', lambda: a.fromlist((1,)))
attempt('fromlist bad', lambda: a.fromlist([5, 6, 'x']))
print(a)
attempt('frombytes str', lambda: a.frombytes('abc'))
attempt('frombytes len', lambda: a.frombytes(b'abc'))
attempt('fromunicode', lambda: a.fromunicode('x'))
attempt('fromunicode int', lambda: array.array('w').fromunicode(1))
attempt('tounicode', lambda: a.tounicode())
attempt('fromfile neg', lambda: a.fromfile(io.BytesIO(), -1))
attempt('fromfile str', lambda: a.fromfile(io.StringIO('abcd'), 1))
attempt('fromfile short', lambda: a.fromfile(io.BytesIO(b'\x01\x00\x00\x00'), 2))
print(a)
attempt('fromfile partial item', lambda: a.fromfile(io.BytesIO(b'\x01\x00'), 1))
attempt('tofile', lambda: a.tofile(io.StringIO()))
attempt('reconstructor type', lambda: array._array_reconstructor(1, 'i', 8, b''))
attempt('reconstructor subtype', lambda: array._array_reconstructor(list, 'i', 8, b''))
attempt('reconstructor code', lambda: array._array_reconstructor(array.array, 'x', 8, b''))
attempt('reconstructor mformat', lambda: array._array_reconstructor(array.array, 'i', 22, b''))
attempt('reconstructor mformat neg', lambda: array._array_reconstructor(array.array, 'i', -1, b''))
attempt('reconstructor items', lambda: array._array_reconstructor(array.array, 'i', 8, 'x'))
attempt('reconstructor length', lambda: array._array_reconstructor(array.array, 'i', 9, b'abc'))
m = memoryview(a)
attempt('resize exported', lambda: a.append(1))
attempt('pop exported', lambda: a.pop())
attempt('setitem exported', lambda: a.__setitem__(0, 7))
attempt('slice same size exported', lambda: a.__setitem__(slice(0, 1), array.array('i', [8])))
attempt('imul exported', lambda: a.__imul__(2))
m.release()
attempt('after release', lambda: a.append(1))
print(a)
