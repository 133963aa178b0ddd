# binascii and base64: hex, base64 (strict and lenient), base32/16/85, CRCs and the errors.
import base64
import binascii


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


data = bytes(range(0, 256, 7))
show("hexlify", lambda: binascii.hexlify(b"\x00\x7f\xff"))
show("b2a_hex sep", lambda: binascii.b2a_hex(b"\x01\x02\x03\x04\x05", "-", 2))
show("hexlify sep negative", lambda: binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", -2))
show("bytes.hex", lambda: b"\x01\x02\x03".hex(":"))
show("unhexlify", lambda: binascii.unhexlify("00ff7F"))
show("unhexlify odd", lambda: binascii.unhexlify(b"abc"))
show("unhexlify bad", lambda: binascii.unhexlify(b"zz"))
show("unhexlify non-ascii", lambda: binascii.unhexlify("é0"))
show("b2a_base64", lambda: binascii.b2a_base64(data))
show("b2a_base64 no newline", lambda: binascii.b2a_base64(b"ab", newline=False))
show("a2b_base64", lambda: binascii.a2b_base64(binascii.b2a_base64(data)) == data)
show("a2b_base64 junk", lambda: binascii.a2b_base64(b"Y W\nJj!!"))
show("a2b_base64 padding", lambda: binascii.a2b_base64(b"YWJ"))
show("a2b_base64 one extra", lambda: binascii.a2b_base64(b"YWJjZ"))
show("a2b_base64 strict", lambda: binascii.a2b_base64(b"YW J=", strict_mode=True))
show("a2b_base64 excess", lambda: binascii.a2b_base64(b"YQ==YQ==", strict_mode=True))
show("a2b_base64 type", lambda: binascii.a2b_base64(5))
show("crc32", lambda: (binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"")))
show("crc_hqx", lambda: (binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"hello", 0xFFFF)))
show("error classes", lambda: (binascii.Error.__mro__[1].__name__, binascii.Incomplete.__mro__[1].__name__))

show("b64encode", lambda: base64.b64encode(b"any carnal pleas"))
show("b64decode", lambda: base64.b64decode("YW55IGNhcm5hbCBwbGVhcw=="))
show("urlsafe", lambda: base64.urlsafe_b64encode(b"\xfb\xff\xfe"))
show("urlsafe decode", lambda: base64.urlsafe_b64decode(b"-__-"))
show("b64decode validate", lambda: base64.b64decode(b"YW!=", validate=True))
show("b32encode", lambda: base64.b32encode(b"hello"))
show("b32decode", lambda: base64.b32decode(b"NBSWY3DP"))
show("b32hexencode", lambda: base64.b32hexencode(b"hello"))
show("b16", lambda: (base64.b16encode(b"\xab\xcd"), base64.b16decode(b"ABCD")))
show("b16 lower", lambda: base64.b16decode(b"abcd"))
show("a85", lambda: base64.a85encode(b"hello world"))
show("a85 decode", lambda: base64.a85decode(base64.a85encode(data)) == data)
show("b85", lambda: base64.b85encode(b"hello world"))
show("b85 decode", lambda: base64.b85decode(base64.b85encode(data)) == data)
show("z85", lambda: base64.z85encode(b"\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b"))
show("encodebytes", lambda: base64.encodebytes(bytes(60)))
show("decodebytes", lambda: base64.decodebytes(b"AAAA\nAAAA\n"))
