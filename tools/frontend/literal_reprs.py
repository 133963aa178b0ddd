#!/usr/bin/env python3
"""Record CPython's repr() of floats, complex numbers and bytes for the literal repr tests.

    python3.14 tools/frontend/literal_reprs.py > tests/frontend/literal_reprs.json

Floats are given by their IEEE-754 bit pattern (hex), so NaN signs and -0.0 survive JSON;
bytes by hex. The tests (tests/ProtoPython.Objects.Tests/Formatting/LiteralReprTests.cs)
compare FloatRepr, ComplexRepr and BytesRepr with the recorded text; ConstantValueTests compares
ConstantValue.PythonHash with the recorded hash() of number constants.
"""
import json
import math
import os
import random
import struct
import sys


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def floats():
    values = [
        0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0, 10.0, 100.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3,
        math.pi, math.e, math.inf, -math.inf, math.nan, -math.nan,
        5e-324, -5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
        1.7976931348623157e308, -1.7976931348623157e308, 8.98846567431158e307,
        1e16, 1e15, 9999999999999998.0, 1e16 + 2, 1e17, 1.5e16, 123456789012345678.0,
        12345678901234567.0, 1234567890123456.8, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64,
        1e-4, 1e-5, 0.0001, 0.00001, 0.00012345, 0.000012345, 1.5e-05, 9.999999999999999e-05,
        1e22, 1e23, 1e100, 1e-100, 1e300, 1e-300, 1e308, 1e-307,
        123.456, -123.456, 0.001, 1000000.0, 1e6 + 0.5, 3.14159, 2.5e-3, 6.02214076e23,
        1.602176634e-19, 299792458.0, 4.35, 0.015, 1.005, 2.675, 1.1, 2.2, 3.3000000000000003,
        100.0 / 3, 7e-10, 1e-10, 12345.0, 0.5e-4,
    ]
    for e in range(-25, 26):
        x = float("1e%d" % e)
        values += [x, -x, math.nextafter(x, math.inf), math.nextafter(x, 0.0), x * 1.5, x * 9.87654321]
    rng = random.Random(314)
    for _ in range(60):
        x = from_bits(rng.getrandbits(64))
        if math.isfinite(x):
            values.append(x)
    for _ in range(40):
        values.append(rng.uniform(-1e6, 1e6))
    for _ in range(20):
        values.append(round(rng.uniform(0, 1000), rng.randint(0, 6)))
    seen = set()
    out = []
    for v in values:
        key = bits(v)
        if key not in seen:
            seen.add(key)
            out.append({"bits": key, "repr": repr(v)})
    return out


def complexes():
    parts = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e16, 1e-5, 1e-4, 123456789012345678.0, 5e-324,
             math.inf, -math.inf, math.nan, -math.nan, 0.1 + 0.2]
    out = []
    for re in parts:
        for im in parts:
            out.append({"real": bits(re), "imag": bits(im), "repr": repr(complex(re, im))})
    return out


def byte_strings():
    values = [
        b"", b"a", b"abc", b"'", b'"', b"'\"", b"it's", b'say "hi"', b"both ' and \"", b"\\",
        b"\t\n\r", b"\x00\x01\x1f\x7f\x80\xff", bytes(range(256)), b"a\\b'c", b"\x0b\x0c",
        b" ~", b"\xe2\x82\xac", b"'''", b'"""', b"b'x'",
    ]
    return [{"hex": v.hex(), "repr": repr(v)} for v in values]


def hashes():
    """hash() of constants: numbers, str and bytes (with PYTHONHASHSEED=0), tuples and frozensets."""
    from ast_dump_cases import encode_constant
    values = [None, True, False, 0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 7, -2 ** 61 + 1,
              -(2 ** 100), 10 ** 30, 0.0, -0.0, 1.0, -1.0, 1.5, -0.5, 0.1, 1e300, 5e-324, 1e-300,
              1.7976931348623157e308, math.inf, -math.inf, 2.0 ** 61, 2.0 ** 80, 1j, 1 + 2j, -1j,
              complex(0.5, -0.25), complex(1e300, 1e-300), (), (1,), (1, 2.5, (None, True)), (0.0, -0.0),
              ((), ((),)), (1j, -1), frozenset(), frozenset({1}), frozenset({1, 2.5, (3, None)}),
              frozenset({frozenset({1}), frozenset()}), (frozenset({-1}),)]
    rng = random.Random(3141)
    values += [rng.uniform(-1e9, 1e9) for _ in range(20)] + [rng.getrandbits(90) - 2 ** 89 for _ in range(10)]
    # str and bytes hashes are SipHash-1-3 keyed by the hash seed: recorded for PYTHONHASHSEED=0
    # (tools/record-expected sets it), the setting the dis goldens are made with.
    if os.environ.get("PYTHONHASHSEED") != "0":
        raise SystemExit("literal_reprs.py: run with PYTHONHASHSEED=0 (tools/record-expected does)")
    values += ["", "a", "abc", "hello world", "exactly8", "sixteen chars!!!", "é", "ÿ\x00", "€", "\ud800",
               "😀", "a😀", "\uffff", b"", b"abc", b"exactly8", b"\x00\xff" * 9, ("a", 1), frozenset({"x", 2})]
    return [{"value": encode_constant(v), "hash": hash(v)} for v in values]


def main():
    json.dump({
        "python": sys.version.split()[0],
        "floats": floats(),
        "complex": complexes(),
        "bytes": byte_strings(),
        "hashes": hashes(),
    }, sys.stdout, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
