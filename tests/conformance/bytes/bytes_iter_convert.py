# Iterating bytes/bytearray/memoryview, conversions between them and to ints, equality rules.
data = b"\x00\x10\x7f\x80\xff"
print([b for b in data], list(bytearray(data)), memoryview(data).tolist(), list(reversed(data)))
print(bytes(bytearray(data)) == data, bytearray(data) == data, memoryview(data) == data, memoryview(data) == bytearray(data))
print(data == list(data), data == "".join(map(chr, data)), data.decode("latin-1") == "".join(map(chr, data)))
acc = bytearray()
for i in range(10):
    acc.append(i * 25)
print(acc, acc.hex(), bytes(acc), len(acc))
chunks = [data[i:i + 2] for i in range(0, len(data), 2)]
print(chunks, b"".join(chunks) == data)
print(int.from_bytes(data, "big"), int.from_bytes(data, "little"), int.from_bytes(data[::-1], "big") == int.from_bytes(data, "little"))
word = b"hello"
print(sum(word), max(word), min(word), sorted(word), bytes(sorted(word)), word.count(108))
print([chr(b) for b in word], "".join(chr(b - 32) for b in word), bytes(b - 32 for b in word))
print(enumerate(b"ab").__next__(), list(zip(b"ab", b"cd")), dict(zip(b"ab", "xy")))
ba = bytearray(b"abc")
it = iter(ba)
print(next(it))
ba[1] = 0
print(next(it), list(it))
ba2 = bytearray(b"xyz")
for i, v in enumerate(ba2):
    ba2[i] = v - 23
print(ba2)
print(bytes(range(250, 256)), bytearray(range(3)) * 2, bytes(5)[2], bytearray(b"q")[-1])
