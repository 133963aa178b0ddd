# A memoryview over a bytearray pins its size until released (BufferError), and releasing it
# (release(), a with block) unpins it; views over bytes never pin anything.
b = bytearray(b'abcdefgh')
m = memoryview(b)
for label, change in [('append', lambda: b.append(1)), ('extend', lambda: b.extend(b'xy')),
                      ('del slice', lambda: b.__delitem__(slice(0, 2))), ('pop', lambda: b.pop()),
                      ('clear', lambda: b.clear()), ('iadd', lambda: b.__iadd__(b'z'))]:
    try:
        change()
        print(label, 'changed', b)
    except BufferError as e:
        print(label, 'BufferError', e)
b[0:2] = b'AB'
print(b, m[0:2].tobytes())
s = m[2:4]
m.release()
try:
    b.append(1)
except BufferError as e:
    print('slice still pins:', e)
s.release()
b.append(33)
print(b)
with memoryview(b) as m2:
    try:
        del b[:1]
    except BufferError as e:
        print('inside with:', e)
del b[:1]
print(b)
frozen = b'bytes'
v = memoryview(frozen)
print(bytes(v[1:3]), frozen)
