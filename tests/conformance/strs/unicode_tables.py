# Checksums of Unicode character properties and case mappings per 256-code-point block (BMP sample).
def props(c):
    bits = 0
    for i, f in enumerate((c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(),
                           c.islower(), c.isupper(), c.istitle(), c.isprintable(), c.isidentifier(), c.isalnum())):
        if f:
            bits |= 1 << i
    return bits
blocks = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x09, 0x0E, 0x10, 0x13, 0x1E, 0x1F, 0x20, 0x21, 0x24,
          0x2C, 0x30, 0x4E, 0xA6, 0xA7, 0xAB, 0xD7, 0xFB, 0xFF]
for blk in blocks:
    acc_props = 0
    acc_case = 0
    multi = 0
    for cp in range(blk * 256, blk * 256 + 256):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        acc_props = (acc_props * 31 + props(c)) % 1000000007
        for m in (c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase()):
            for ch in m:
                acc_case = (acc_case * 131 + ord(ch)) % 1000000007
            if len(m) != 1:
                multi += 1
    print(hex(blk * 256), acc_props, acc_case, multi)
extra = [0x10400, 0x10428, 0x1D400, 0x1D7CE, 0x1F600, 0x1E900, 0x1E922, 0x20000, 0xE0041, 0x10FFFD]
print([(hex(cp), props(chr(cp)), chr(cp).upper() != chr(cp), chr(cp).lower() != chr(cp)) for cp in extra])
print(sum(1 for cp in range(0x10000) if not 0xD800 <= cp < 0xE000 and chr(cp).isalpha()))
print(sum(1 for cp in range(0x10000) if chr(cp).isdecimal()), sum(1 for cp in range(0x10000) if chr(cp).isspace()))
