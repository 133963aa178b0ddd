cases = ["12345", " 42 ", "-7", "+0", "0", "00", "007", "-0", "123456789012345678", "1234567890123456789", "99999999999999999999",
         "1_000", "\t\n5\r", "\x1c5", "5\u3000", "١٢٣", "", " ", "-", "+-1", "- 1", "0x10", "1e3", "12a", "０１２"]
for c in cases:
    for b in (10, 0, 16):
        try: print(repr(c), b, int(c, b))
        except ValueError as e: print(repr(c), b, "ValueError", e)
print(int(b"123"), int(bytearray(b" -9 ")))
