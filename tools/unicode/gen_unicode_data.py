#!/usr/bin/env python3.14
"""Generate ProtoPython's Unicode character database from CPython's own.

Run with CPython 3.14 (``$(/work/shared/tools/cpython314.sh) tools/unicode/gen_unicode_data.py``).
Every value is read from the running interpreter: ``unicodedata`` for the UCD properties and the
str methods for the predicates and case mappings, so the result equals what that CPython does.

Writes (paths relative to the repository root):
  src/Objects/Unicode/Data/props.bin.gz   per-code-point records, decompositions, compositions
  src/Objects/Unicode/Data/names.bin.gz   character names, aliases, named sequences, name ranges
  tests/ProtoPython.Objects.Tests/Unicode/goldens/*   fingerprints and sampled expected values

The binary format is described in docs/internals/unicode.md.
"""

import gzip
import hashlib
import io
import json
import os
import random
import re
import struct
import sys
import unicodedata as ud

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA_DIR = os.path.join(ROOT, "src", "Objects", "Unicode", "Data")
GOLDEN_DIR = os.path.join(ROOT, "tests", "ProtoPython.Objects.Tests", "Unicode", "goldens")
HERE = os.path.dirname(os.path.abspath(__file__))
MAX_CP = 0x110000

# Candidate alias and named-sequence spellings. CPython's unicodedata cannot list them, so
# candidates come from older UCD files and every one is kept only if this CPython's
# unicodedata.lookup accepts it (and maps it to the same code points).
ALIAS_CANDIDATES = os.path.join(HERE, "alias_candidates.txt")
NAMED_SEQUENCE_CANDIDATES = os.path.join(HERE, "named_sequence_candidates.txt")

# Record flag bits (mirrored in src/Objects/Unicode/CharFlags.cs).
F_PRINTABLE = 1 << 0
F_XID_START = 1 << 1
F_XID_CONTINUE = 1 << 2
F_ALPHA = 1 << 3
F_DECIMAL = 1 << 4
F_DIGIT = 1 << 5
F_NUMERIC = 1 << 6
F_SPACE = 1 << 7
F_LOWER = 1 << 8
F_UPPER = 1 << 9
F_TITLE = 1 << 10
F_CASED = 1 << 11
F_CASE_IGNORABLE = 1 << 12
F_LINEBREAK = 1 << 13
F_MIRRORED = 1 << 14
# Normalization quick checks: the code point is a starter, the form leaves it unchanged and the
# first code point of its decomposition is never the second half of a composition, so text made
# only of such code points is already normalized (and a prefix of them needs no work).
F_NFD_SAFE = 1 << 15
F_NFC_SAFE = 1 << 16
F_NFKD_SAFE = 1 << 17
F_NFKC_SAFE = 1 << 18

S_BASE, L_BASE, V_BASE, T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
L_COUNT, V_COUNT, T_COUNT = 19, 21, 28
N_COUNT = V_COUNT * T_COUNT
S_COUNT = L_COUNT * N_COUNT


def is_hangul(cp):
    return S_BASE <= cp < S_BASE + S_COUNT


def hangul_decomposition(cp):
    s = cp - S_BASE
    parts = [L_BASE + s // N_COUNT, V_BASE + (s % N_COUNT) // T_COUNT]
    if s % T_COUNT:
        parts.append(T_BASE + s % T_COUNT)
    return parts


def cps(s):
    return [ord(c) for c in s]


class Interner:
    def __init__(self, first=None):
        self.items = []
        self.index = {}
        if first is not None:
            self.add(first)

    def add(self, item):
        i = self.index.get(item)
        if i is None:
            i = self.index[item] = len(self.items)
            self.items.append(item)
        return i


def case_ignorable(c, cased):
    # CPython's final-sigma rule skips case-ignorable characters before looking for a cased one,
    # which makes the property observable through str.lower().
    if cased:
        return (" " + c + "\u03a3").lower()[-1] == "\u03c3"
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


def composition_seconds():
    seconds = set(range(V_BASE, V_BASE + V_COUNT)) | set(range(T_BASE + 1, T_BASE + T_COUNT))
    for cp in range(MAX_CP):
        c = chr(cp)
        d = ud.decomposition(c)
        if d and not d.startswith("<") and not is_hangul(cp):
            parts = d.split()
            if len(parts) == 2 and ud.normalize("NFC", c) == c:
                seconds.add(int(parts[1], 16))
    return seconds


def normalization_flags(c, seconds):
    f = 0
    if ud.combining(c) != 0:
        return f
    if ud.normalize("NFD", c) == c:
        f |= F_NFD_SAFE
    if ud.normalize("NFKD", c) == c:
        f |= F_NFKD_SAFE
    if ud.normalize("NFC", c) == c and ord(ud.normalize("NFD", c)[0]) not in seconds:
        f |= F_NFC_SAFE
    if ud.normalize("NFKC", c) == c and ord(ud.normalize("NFKD", c)[0]) not in seconds:
        f |= F_NFKC_SAFE
    return f


def flags_of(cp, c):
    f = 0
    if c.isprintable():
        f |= F_PRINTABLE
    if c.isidentifier() and cp != 0x5F:
        f |= F_XID_START
    if ("a" + c).isidentifier():
        f |= F_XID_CONTINUE
    if c.isalpha():
        f |= F_ALPHA
    if c.isdecimal():
        f |= F_DECIMAL
    if c.isdigit():
        f |= F_DIGIT
    if c.isnumeric():
        f |= F_NUMERIC
    if c.isspace():
        f |= F_SPACE
    if c.islower():
        f |= F_LOWER
    if c.isupper():
        f |= F_UPPER
    if ud.category(c) == "Lt":
        f |= F_TITLE
    cased = c.islower() or c.isupper() or ud.category(c) == "Lt"
    if cased:
        f |= F_CASED
    if case_ignorable(c, cased):
        f |= F_CASE_IGNORABLE
    if len(("a" + c + "b").splitlines()) == 2:
        f |= F_LINEBREAK
    if ud.mirrored(c):
        f |= F_MIRRORED
    return f


def build_two_level(values, default=0):
    """Smallest (index1, index2, shift) with values[cp] == index2[(index1[cp >> shift] << shift) + (cp & mask)]."""
    best = None
    for shift in range(4, 10):
        size = 1 << shift
        blocks = {}
        index1 = []
        index2 = []
        for start in range(0, MAX_CP, size):
            block = tuple(values[start:start + size])
            b = blocks.get(block)
            if b is None:
                b = blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(b)
        total = 2 * len(index1) + 2 * len(index2)
        if best is None or total < best[0]:
            best = (total, shift, index1, index2)
    _, shift, index1, index2 = best
    assert len(index2) // (1 << shift) < 65536
    for cp in range(MAX_CP):
        assert index2[(index1[cp >> shift] << shift) + (cp & ((1 << shift) - 1))] == values[cp]
    return shift, index1, index2


class Writer:
    def __init__(self):
        self.buf = io.BytesIO()

    def u8(self, v):
        self.buf.write(struct.pack("<B", v))

    def i8(self, v):
        self.buf.write(struct.pack("<b", v))

    def u16(self, v):
        self.buf.write(struct.pack("<H", v))

    def i32(self, v):
        self.buf.write(struct.pack("<i", v))

    def u32(self, v):
        self.buf.write(struct.pack("<I", v))

    def f64(self, v):
        self.buf.write(struct.pack("<d", v))

    def ascii(self, s):
        b = s.encode("ascii")
        assert len(b) < 256
        self.u8(len(b))
        self.buf.write(b)

    def strings(self, items):
        self.u32(len(items))
        for s in items:
            self.ascii(s)

    def u16s(self, items):
        self.u32(len(items))
        self.buf.write(struct.pack("<%dH" % len(items), *items))

    def i32s(self, items):
        self.u32(len(items))
        self.buf.write(struct.pack("<%di" % len(items), *items))

    def two_level(self, values):
        shift, index1, index2 = build_two_level(values)
        self.u8(shift)
        self.u16s(index1)
        self.u16s(index2)

    def header(self, kind):
        self.buf.write(b"PPUCD" + kind)
        self.u16(1)  # format version
        self.ascii(ud.unidata_version)

    def save(self, path):
        data = self.buf.getvalue()
        with open(path, "wb") as f:
            # mtime=0 keeps the output byte-identical across runs.
            with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as g:
                g.write(data)
        print("wrote %s (%d bytes raw, %d compressed)" % (os.path.relpath(path, ROOT), len(data), os.path.getsize(path)))


def build_props():
    categories = Interner("Cn")
    bidis = Interner("")
    eaws = Interner("N")
    tags = Interner("")  # decomposition tag; "" is a canonical mapping
    numerics = Interner()
    numerics.add(float("nan"))  # index 0 means "no numeric value"; never looked up
    specials = [0]  # multi-code-point case mappings: [count, cps...]; offset 0 unused
    special_index = {}
    records = Interner()
    record_of = [0] * MAX_CP
    decomp_entries = [0]  # offsets into decomp_data; entry 0 means "none"
    decomp_data = []
    decomp_of = [0] * MAX_CP
    compositions = []

    def case_value(cp, mapped):
        m = cps(mapped)
        if len(m) == 1:
            return (m[0] - cp) << 1
        key = tuple(m)
        off = special_index.get(key)
        if off is None:
            off = special_index[key] = len(specials)
            specials.append(len(m))
            specials.extend(m)
        return (off << 1) | 1

    seconds = composition_seconds()
    for cp in range(MAX_CP):
        c = chr(cp)
        num = ud.numeric(c, None)
        rec = (
            categories.add(ud.category(c)),
            bidis.add(ud.bidirectional(c)),
            ud.combining(c),
            eaws.add(ud.east_asian_width(c)),
            flags_of(cp, c) | normalization_flags(c, seconds),
            ud.decimal(c, -1),
            ud.digit(c, -1),
            0 if num is None else numerics.add(num),
            case_value(cp, c.lower()),
            case_value(cp, c.upper()),
            case_value(cp, c.title()),
            case_value(cp, c.casefold()),
        )
        record_of[cp] = records.add(rec)

        d = ud.decomposition(c)
        if d:
            parts = d.split()
            tag = ""
            if parts[0].startswith("<"):
                tag = parts.pop(0)
            mapping = [int(p, 16) for p in parts]
            if is_hangul(cp):
                # Computed by the Hangul algorithm at run time; stored data would only repeat it.
                assert tag == "" and mapping == hangul_decomposition(cp), (hex(cp), d)
                continue
            decomp_of[cp] = len(decomp_entries)
            decomp_entries.append(len(decomp_data))
            decomp_data.append((tags.add(tag) << 8) | len(mapping))
            decomp_data.extend(mapping)
            if tag == "" and len(mapping) == 2 and ud.normalize("NFC", c) == c:
                # A primary composite: canonical pair that NFC keeps composed (not excluded).
                compositions.append((mapping[0], mapping[1], cp))
        elif is_hangul(cp):
            raise AssertionError("Hangul syllable without decomposition: %x" % cp)

    assert len(records.items) < 65536 and len(decomp_entries) < 65536
    w = Writer()
    w.header(b"P")
    w.strings(categories.items)
    w.strings(bidis.items)
    w.strings(eaws.items)
    w.strings(tags.items)
    w.u32(len(records.items))
    for (cat, bidi, ccc, eaw, flags, dec, dig, num, lo, up, ti, fo) in records.items:
        w.u8(cat); w.u8(bidi); w.u8(ccc); w.u8(eaw)
        w.u32(flags)
        w.i8(dec); w.i8(dig); w.u16(num)
        w.i32(lo); w.i32(up); w.i32(ti); w.i32(fo)
    w.two_level(record_of)
    w.u32(len(numerics.items))
    for v in numerics.items:
        w.f64(v)
    w.i32s(specials)
    w.two_level(decomp_of)
    w.i32s(decomp_entries)
    w.i32s(decomp_data)
    flat = []
    for t in compositions:
        flat.extend(t)
    w.i32s(flat)
    w.save(os.path.join(DATA_DIR, "props.bin.gz"))
    print("  %d records, %d numeric values, %d special-case ints, %d decompositions, %d compositions"
          % (len(records.items), len(numerics.items), len(specials), len(decomp_entries) - 1, len(compositions)))


def build_props_320():
    """unicodedata.ucd_3_2_0 (used by stringprep and the idna codec): its own property records;
    names, decompositions and normalization follow the current data except where checked below."""
    old = ud.ucd_3_2_0
    categories = Interner("Cn")
    bidis = Interner("")
    eaws = Interner("N")
    numerics = Interner()
    numerics.add(float("nan"))
    records = Interner()
    record_of = [0] * MAX_CP
    corrections = []
    for cp in range(MAX_CP):
        c = chr(cp)
        num = old.numeric(c, None)
        category = old.category(c)
        assigned = category != "Cn"
        record_of[cp] = records.add((
            categories.add(category),
            bidis.add(old.bidirectional(c)),
            old.combining(c),
            eaws.add(old.east_asian_width(c)),
            old.mirrored(c),
            old.decimal(c, -1),
            old.digit(c, -1),
            0 if num is None else numerics.add(num),
        ))
        # The C# side derives these from the current tables; fail loudly if that stops holding.
        assert old.name(c, None) == (ud.name(c, None) if assigned else None), hex(cp)
        assert old.decomposition(c) == (ud.decomposition(c) if assigned else ""), hex(cp)
        nfd = old.normalize("NFD", c)
        nfkd = old.normalize("NFKD", c)
        if nfd != (ud.normalize("NFD", c) if assigned else c) or nfkd != (ud.normalize("NFKD", c) if assigned else c):
            corrections.append((cp, cps(nfd), cps(nfkd)))
    w = Writer()
    w.header(b"3")
    w.ascii(old.unidata_version)
    w.strings(categories.items)
    w.strings(bidis.items)
    w.strings(eaws.items)
    w.u32(len(records.items))
    for (cat, bidi, ccc, eaw, mirrored, dec, dig, num) in records.items:
        w.u8(cat); w.u8(bidi); w.u8(ccc); w.u8(eaw); w.u8(mirrored); w.i8(dec); w.i8(dig); w.u16(num)
    w.two_level(record_of)
    w.u32(len(numerics.items))
    for v in numerics.items:
        w.f64(v)
    w.u32(len(corrections))
    for cp, nfd, nfkd in corrections:
        w.i32(cp)
        w.i32s(nfd)
        w.i32s(nfkd)
    w.save(os.path.join(DATA_DIR, "props320.bin.gz"))
    print("  %d records, %d normalization corrections" % (len(records.items), len(corrections)))


HEX_SUFFIX = re.compile(r"^(.*-)([0-9A-F]{4,6})$")


def build_names():
    names = {}
    for cp in range(MAX_CP):
        n = ud.name(chr(cp), None)
        if n is not None:
            names[cp] = n

    # Runs of "PREFIX-%04X" names become ranges; Hangul syllables are computed.
    ranges = []  # (flags, start, end, prefix); flags bit 0: name() returns it
    explicit = {}
    run = None
    for cp in range(MAX_CP + 1):
        n = names.get(cp)
        m = HEX_SUFFIX.match(n) if n else None
        prefix = m.group(1) if m and m.group(2) == "%04X" % cp else None
        if run and (prefix != run[2] or cp != run[1] + 1):
            ranges.append((1, run[0], run[1], run[2]))
            run = None
        if prefix:
            run = [run[0], cp, prefix] if run else [cp, cp, prefix]
        elif n is not None and not is_hangul(cp):
            explicit[cp] = n
    # Merge tiny runs back into explicit names: a range only pays off when it is long.
    kept = []
    for r in ranges:
        if r[2] - r[1] + 1 >= 16:
            kept.append(r)
        else:
            for cp in range(r[1], r[2] + 1):
                explicit[cp] = names[cp]
    ranges = kept

    # Names lookup() accepts though name() does not return them (for example Tangut ideographs):
    # probe every unnamed code point with each range prefix.
    prefixes = sorted({r[3] for r in ranges} | {"TANGUT IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-"})
    lookup_only = []
    for prefix in prefixes:
        run = None
        for cp in range(MAX_CP + 1):
            ok = False
            if cp < MAX_CP and cp not in names:
                try:
                    ok = ud.lookup(prefix + "%04X" % cp) == chr(cp)
                except KeyError:
                    ok = False
            if ok:
                run = [run[0], cp] if run else [cp, cp]
            elif run:
                lookup_only.append((0, run[0], run[1], prefix))
                run = None
    ranges.extend(lookup_only)
    ranges.sort(key=lambda r: r[1])

    aliases = []
    seen = set()
    with open(ALIAS_CANDIDATES, encoding="ascii") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            cp_text, alias = line.split(";")[:2]
            cp = int(cp_text, 16)
            if (cp, alias) in seen or names.get(cp) == alias:
                continue
            try:
                ok = ud.lookup(alias) == chr(cp)
            except KeyError:
                ok = False
            if ok:
                seen.add((cp, alias))
                aliases.append((cp, alias))
    sequences = []
    with open(NAMED_SEQUENCE_CANDIDATES, encoding="ascii") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            name, seq = line.split(";")
            target = "".join(chr(int(p, 16)) for p in seq.split())
            try:
                ok = ud.lookup(name) == target and len(target) > 1
            except KeyError:
                ok = False
            if ok and name not in {s[0] for s in sequences}:
                sequences.append((name, cps(target)))

    w = Writer()
    w.header(b"N")
    w.u32(len(explicit))
    prev = -1
    for cp in sorted(explicit):
        w.i32(cp)
        w.ascii(explicit[cp])
        prev = cp
    w.u32(len(ranges))
    for flags, start, end, prefix in ranges:
        w.u8(flags); w.i32(start); w.i32(end); w.ascii(prefix)
    w.u32(len(aliases))
    for cp, alias in aliases:
        w.i32(cp); w.ascii(alias)
    w.u32(len(sequences))
    for name, seq in sequences:
        w.ascii(name)
        w.i32s(seq)
    w.save(os.path.join(DATA_DIR, "names.bin.gz"))
    print("  %d explicit names, %d ranges (%d lookup-only), %d aliases, %d named sequences"
          % (len(explicit), len(ranges), len(lookup_only), len(aliases), len(sequences)))
    return names, aliases, sequences


def main():
    if sys.version_info[:2] != (3, 14):
        sys.exit("run with CPython 3.14 (see /work/shared/tools/cpython314.sh)")
    os.makedirs(DATA_DIR, exist_ok=True)
    os.makedirs(GOLDEN_DIR, exist_ok=True)
    build_props()
    build_props_320()
    names, aliases, sequences = build_names()
    import gen_unicode_goldens
    gen_unicode_goldens.write_goldens(GOLDEN_DIR, names, aliases, sequences)


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
