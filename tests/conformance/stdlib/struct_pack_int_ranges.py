import struct
for fmt in "bBhHiIlLqQnN":
    for v in (0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 2**31-1, 2**31, -2**31-1, 2**32, 2**63-1, 2**63, -2**63, 2**64-1, 2**64, True):
        for order in "<>=!":
            if fmt in "nN" and order != "=" : continue
            try: print(fmt, order, v, struct.pack(order + fmt, v).hex())
            except struct.error as e: print(fmt, order, v, "error", e)
print(struct.pack("P", 5).hex(), struct.pack("<ii", 1, 2))
try: struct.pack("i", 1.5)
except struct.error as e: print(e)
class I:
    def __index__(self): return 7
print(struct.pack("<h", I()).hex())
