"""Test goldens for the Unicode database, recorded from CPython 3.14 (called by gen_unicode_data.py).

fingerprints.json  SHA-256 of a text rendering of each property over all code points
                   (the rendering is documented in docs/internals/unicode.md and mirrored by
                   tests/ProtoPython.Objects.Tests/Unicode/Fingerprint.cs)
samples.jsonl.gz   every property of a few thousand code points, for readable failures
repr.jsonl         repr(str) of tricky strings
normalization.jsonl.gz  NFC/NFD/NFKC/NFKD and is_normalized of sampled strings
lookup.jsonl       unicodedata.lookup of valid and invalid names
casing.jsonl       str.lower/upper/title/capitalize/swapcase/casefold and predicates of strings
"""

import gzip
import hashlib
import json
import os
import random
import struct
import unicodedata as ud

MAX_CP = 0x110000
CPYTHON_LIB = os.path.dirname(os.__file__)


def hexs(s):
    return " ".join("%X" % ord(ch) for ch in s)


def double_bits(v):
    return "%016X" % struct.unpack("<Q", struct.pack("<d", v))[0]


def fingerprint(lines):
    h = hashlib.sha256()
    count = 0
    for line in lines:
        h.update(line.encode("ascii"))
        count += 1
    return {"sha256": h.hexdigest(), "lines": count}


def value_lines(fn, skip):
    for cp in range(MAX_CP):
        v = fn(chr(cp))
        if v != skip:
            yield "%X:%s\n" % (cp, v)


def flag_lines(fn):
    for cp in range(MAX_CP):
        if fn(chr(cp)):
            yield "%X\n" % cp


def mapping_lines(fn):
    for cp in range(MAX_CP):
        c = chr(cp)
        m = fn(c)
        if m != c:
            yield "%X:%s\n" % (cp, hexs(m))


def case_ignorable(c):
    cased = c.islower() or c.isupper() or ud.category(c) == "Lt"
    if cased:
        return (" " + c + "\u03a3").lower()[-1] == "\u03c3"
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


DERIVED_PREFIXES = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
                    "TANGUT COMPONENT-", "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-",
                    "EGYPTIAN HIEROGLYPH-"]
DERIVED_LIMIT = 0x40000


def derived_lookup_lines():
    for prefix in DERIVED_PREFIXES:
        for cp in range(DERIVED_LIMIT):
            try:
                r = ud.lookup(prefix + "%04X" % cp)
            except KeyError:
                continue
            yield "%s%X:%X\n" % (prefix, cp, ord(r))


def fingerprints(names):
    fp = {}
    fp["category"] = fingerprint(value_lines(ud.category, "Cn"))
    fp["bidirectional"] = fingerprint(value_lines(ud.bidirectional, ""))
    fp["combining"] = fingerprint(value_lines(ud.combining, 0))
    fp["east_asian_width"] = fingerprint(value_lines(ud.east_asian_width, "N"))
    fp["mirrored"] = fingerprint(value_lines(ud.mirrored, 0))
    fp["decomposition"] = fingerprint(value_lines(ud.decomposition, ""))
    fp["decimal"] = fingerprint(value_lines(lambda c: ud.decimal(c, None), None))
    fp["digit"] = fingerprint(value_lines(lambda c: ud.digit(c, None), None))
    fp["numeric"] = fingerprint(value_lines(
        lambda c: None if ud.numeric(c, None) is None else double_bits(ud.numeric(c)), None))
    fp["name"] = fingerprint("%X:%s\n" % (cp, names[cp]) for cp in sorted(names))
    fp["isprintable"] = fingerprint(flag_lines(str.isprintable))
    fp["xid_start"] = fingerprint(flag_lines(lambda c: c.isidentifier() and c != "_"))
    fp["xid_continue"] = fingerprint(flag_lines(lambda c: ("a" + c).isidentifier()))
    fp["isalpha"] = fingerprint(flag_lines(str.isalpha))
    fp["isdecimal"] = fingerprint(flag_lines(str.isdecimal))
    fp["isdigit"] = fingerprint(flag_lines(str.isdigit))
    fp["isnumeric"] = fingerprint(flag_lines(str.isnumeric))
    fp["isalnum"] = fingerprint(flag_lines(str.isalnum))
    fp["isspace"] = fingerprint(flag_lines(str.isspace))
    fp["islower"] = fingerprint(flag_lines(str.islower))
    fp["isupper"] = fingerprint(flag_lines(str.isupper))
    fp["istitle"] = fingerprint(flag_lines(str.istitle))
    fp["case_ignorable"] = fingerprint(flag_lines(case_ignorable))
    fp["linebreak"] = fingerprint(flag_lines(lambda c: len(("a" + c + "b").splitlines()) == 2))
    fp["lower"] = fingerprint(mapping_lines(str.lower))
    fp["upper"] = fingerprint(mapping_lines(str.upper))
    fp["title"] = fingerprint(mapping_lines(str.title))
    fp["casefold"] = fingerprint(mapping_lines(str.casefold))
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        fp[form] = fingerprint(mapping_lines(lambda c, f=form: ud.normalize(f, c)))
    fp["derived_lookup"] = fingerprint(derived_lookup_lines())
    # The one-to-one case mappings CPython's C code uses (_PyUnicode_ToLowercase and friends), as
    # the re module exposes them.
    import _sre
    fp["sre_tolower"] = fingerprint("%X:%X\n" % (cp, _sre.unicode_tolower(cp)) for cp in range(MAX_CP)
                                    if _sre.unicode_tolower(cp) != cp)
    fp["sre_iscased"] = fingerprint("%X\n" % cp for cp in range(MAX_CP) if _sre.unicode_iscased(cp))
    old = ud.ucd_3_2_0
    fp["3.2.0/category"] = fingerprint(value_lines(old.category, "Cn"))
    fp["3.2.0/bidirectional"] = fingerprint(value_lines(old.bidirectional, ""))
    fp["3.2.0/combining"] = fingerprint(value_lines(old.combining, 0))
    fp["3.2.0/east_asian_width"] = fingerprint(value_lines(old.east_asian_width, "N"))
    fp["3.2.0/mirrored"] = fingerprint(value_lines(old.mirrored, 0))
    fp["3.2.0/decomposition"] = fingerprint(value_lines(old.decomposition, ""))
    fp["3.2.0/decimal"] = fingerprint(value_lines(lambda c: old.decimal(c, None), None))
    fp["3.2.0/digit"] = fingerprint(value_lines(lambda c: old.digit(c, None), None))
    fp["3.2.0/numeric"] = fingerprint(value_lines(
        lambda c: None if old.numeric(c, None) is None else double_bits(old.numeric(c)), None))
    fp["3.2.0/name"] = fingerprint(value_lines(lambda c: old.name(c, None), None))
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        fp["3.2.0/" + form] = fingerprint(mapping_lines(lambda c, f=form: old.normalize(f, c)))
    return fp


def sample_cps(rng):
    picks = set(range(0, 0x250))
    picks.update([0x3A3, 0x130, 0x131, 0xDF, 0xFB01, 0x1E9E, 0x2126, 0x212A, 0x212B, 0xAC00, 0xD7A3,
                  0xD800, 0xDFFF, 0xFEFF, 0x10FFFF, 0x4E00, 0x17000, 0x1F600, 0xE0001, 0xF0000])
    while len(picks) < 4000:
        r = rng.random()
        if r < 0.6:
            picks.add(rng.randrange(0x10000))
        elif r < 0.9:
            picks.add(rng.randrange(0x10000, 0x32000))
        else:
            picks.add(rng.randrange(MAX_CP))
    return sorted(picks)


def sample_record(cp):
    c = chr(cp)
    num = ud.numeric(c, None)
    return {
        "cp": cp,
        "category": ud.category(c),
        "bidirectional": ud.bidirectional(c),
        "combining": ud.combining(c),
        "east_asian_width": ud.east_asian_width(c),
        "mirrored": ud.mirrored(c),
        "decomposition": ud.decomposition(c),
        "decimal": ud.decimal(c, None),
        "digit": ud.digit(c, None),
        "numeric_bits": None if num is None else double_bits(num),
        "name": ud.name(c, None),
        "isprintable": c.isprintable(),
        "lower": [ord(x) for x in c.lower()],
        "upper": [ord(x) for x in c.upper()],
        "title": [ord(x) for x in c.title()],
        "casefold": [ord(x) for x in c.casefold()],
    }


def repr_cases(rng):
    fixed = [
        "", "a", "'", '"', "'\"", "\"'", "it's", 'say "hi"', "both ' and \"", "\\", "\\'", "\\n",
        "\t\n\r", "\x00\x01\x7f\x80\x9f\xa0\xad\xff", "\x0b\x0c\x1b\x1f", " ", "\u00e9\u00e8",
        "\u0100\u0301", "\u2028\u2029", "\u200b\u200c\u200d\u200e\u200f", "\u2060\ufeff",
        "\ud800", "\udfff", "\ud800\udc00", "\udc00\ud800", "a\ud83d", "\U0001f600",
        "\U000e0001", "\U000e007f", "\U0010ffff", "\U000f0000", "\ue000", "\uffff", "\ufffe",
        "\ufdd0", "\u0378", "\u3000", "\u1680", "\u00a0", "\u2007", "\u202f", "\u205f",
        "\u0300", "\u0488", "\u1160", "\u3164", "\uffa0", "\U0001d455", "\U00020000",
        "\U0002fffe", "\U00030000", "\U000e0100", "\u061c", "\u180e", "\u2066",
        "\U00013430", "\U0001bca0", "\U0001d173", "\u00ad", "\u034f", "\u115f",
        "x" * 10 + "'" + "\"" * 2, "tab\there", "nul\0byte", "mixed \u4e2d\u6587 text",
        "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u05d0\u05d1", "\U0001f468\u200d\U0001f469",
    ]
    cases = list(fixed)
    cases.extend(chr(i) for i in range(0, 0x100))
    pools = [range(0x20, 0x7F), range(0x80, 0x100), range(0x100, 0x3000), range(0xD800, 0xE000),
             range(0xE000, 0x10000), range(0x10000, 0x30000), range(0xE0000, 0x110000)]
    while len(cases) < 600:
        n = rng.randrange(1, 12)
        s = "".join(chr(rng.choice(rng.choice(pools))) for _ in range(n))
        if rng.random() < 0.3:
            s = rng.choice(["'", '"', "'\"", "\\"]) + s
        cases.append(s)
    return cases


def normalization_cases(rng):
    cases = []
    path = os.path.join(CPYTHON_LIB, "test", "NormalizationTest-3.2.0.txt")
    sources = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if not line or line.startswith("@"):
                    continue
                sources.append("".join(chr(int(x, 16)) for x in line.split(";")[0].split()))
    rng.shuffle(sources)
    cases.extend(sources[:3000])
    marks = [cp for cp in range(0x300, 0x370)] + [0x591, 0x5B0, 0x93C, 0x94D, 0x1DC0, 0x20D0, 0x302A,
                                                  0x3099, 0x309A, 0x1D165, 0x1D16D]
    bases = [ord(x) for x in "aeiouAEIOUcnsyzACNSYZ"] + [0x3B1, 0x3B7, 0x3C9, 0x415, 0x438, 0x1100,
                                                       0x1161, 0x11A8, 0xAC00, 0xAC01, 0x304B, 0x30CF,
                                                       0xFB01, 0x1E9B, 0x212B, 0x2126, 0xF900]
    for _ in range(1500):
        s = []
        for _ in range(rng.randrange(1, 6)):
            s.append(rng.choice(bases))
            for _ in range(rng.randrange(0, 4)):
                s.append(rng.choice(marks))
        cases.append("".join(map(chr, s)))
    jamo = [0x1100, 0x1112, 0x1161, 0x1175, 0x11A7, 0x11A8, 0x11C2, 0x11C3, 0xAC00, 0xAC1C, 0xD7A3]
    for _ in range(300):
        cases.append("".join(chr(rng.choice(jamo)) for _ in range(rng.randrange(1, 6))))
    for _ in range(700):
        cases.append("".join(chr(rng.randrange(0x80, 0x30000)) for _ in range(rng.randrange(1, 8))))
    cases.extend(["", "abc", "\ud800\u0301", "a\udc00\u0301\u0300"])
    return cases


def lookup_cases(rng, names, aliases, sequences):
    cases = []
    named = sorted(names.items())
    for cp, name in rng.sample(named, 1500):
        cases.append(name)
        cases.append(name.lower())
        cases.append(name.title())
        cases.append(name + " ")
        cases.append(name[:-1])
    cases.extend(alias for _, alias in aliases)
    cases.extend(alias.lower() for _, alias in aliases)
    cases.extend(name for name, _ in sequences)
    for cp in list(range(0xAC00, 0xAC00 + 64)) + rng.sample(range(0xAC00, 0xD7A4), 400):
        cases.append(ud.name(chr(cp)))
        cases.append(ud.name(chr(cp)).lower())
    cases.extend([
        "", " ", "A", "HANGUL SYLLABLE", "HANGUL SYLLABLE ", "HANGUL SYLLABLE GAX", "HANGUL SYLLABLE A",
        "HANGUL SYLLABLE GGA", "HANGUL SYLLABLE GGAGG", "HANGUL SYLLABLE XA", "HANGUL SYLLABLE AG",
        "HANGUL SYLLABLE GAE", "HANGUL SYLLABLE WEO", "HANGUL SYLLABLE YI", "HANGUL SYLLABLE  GA",
        "HANGUL SYLLABLE GAGGG", "HANGUL SYLLABLE-GA",
        "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-4E00", "cjk unified ideograph-4e00",
        "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-4E00 ",
        "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-3400",
        "CJK UNIFIED IDEOGRAPH-20000", "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-2A6E0",
        "CJK UNIFIED IDEOGRAPH-323AF", "CJK UNIFIED IDEOGRAPH-323B0", "CJK UNIFIED IDEOGRAPH-+4E00",
        "CJK UNIFIED IDEOGRAPH-0x4E00", "CJK UNIFIED IDEOGRAPH-004E00", "CJK UNIFIED IDEOGRAPH-4E00G",
        "TANGUT IDEOGRAPH-17000", "tangut ideograph-17000", "TANGUT IDEOGRAPH-187F7",
        "TANGUT IDEOGRAPH-187F8", "TANGUT IDEOGRAPH-18D00", "TANGUT IDEOGRAPH-18D08",
        "TANGUT IDEOGRAPH-18D09", "TANGUT IDEOGRAPH-018D00", "TANGUT COMPONENT-001",
        "CJK COMPATIBILITY IDEOGRAPH-F900", "CJK COMPATIBILITY IDEOGRAPH-f900",
        "EGYPTIAN HIEROGLYPH-13460", "NUSHU CHARACTER-1B170", "KHITAN SMALL SCRIPT CHARACTER-18B00",
        "LATIN SMALL LETTER A", "LATIN  SMALL LETTER A", " LATIN SMALL LETTER A", "LATIN_SMALL_LETTER_A",
        "LATIN SMALL LETTER \u00c0", "latin small letter \u0131", "BYTE ORDER MARK", "BOM", "NULL",
        "LINE FEED", "LF", "BELL", "ALERT", "SPACE", "SP", "x" * 300, "LATIN SMALL LETTER A" * 20,
        "KEYCAP NUMBER SIGN", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
    ])
    out = []
    for name in cases:
        try:
            r = [ord(c) for c in ud.lookup(name)]
        except KeyError:
            r = None
        try:
            r320 = [ord(c) for c in ud.ucd_3_2_0.lookup(name)]
        except KeyError:
            r320 = None
        out.append({"name": name, "lookup": r, "lookup320": r320})
    return out


def casing_cases(rng):
    fixed = ["", "hello world", "HELLO WORLD", "Hello World", "hELLO wORLD", "\u00df", "stra\u00dfe",
             "\ufb01", "\ufb01re", "\u0130stanbul", "\u0131", "\u03a3", "\u039f\u0394\u03a3",
             "\u039f\u0394\u03a3 \u039f\u0394\u03a3", "A\u03a3", "A\u03a3b", "A\u03a3.", "A\u0345\u03a3",
             "A\u03a3\u0345", "A\u03a3\u0345b", "\u1f88", "\u1f80", "\u01c5", "\u01c4\u01c5\u01c6",
             "\u0149", "\u1e9e", "\u2126", "\u212a", "they're bill's friends", "hello123world",
             "\u02b0a", "a\u02b0b", "123abc", "a1b2", "\U00010400\U00010428", "\u0587", "\u1e96",
             "\U0001e900", "\U0001e922", "\u10d0\u10fa", "\u1c90", "\u13a0\u13f8", "\uab70",
             "abc def_ghi-jkl", "\u0345", "\u03b9\u0345", "\u0390", "\u1fd3"]
    cases = list(fixed)
    letters = [0x41, 0x61, 0x3A3, 0x3C3, 0x3C2, 0x345, 0xDF, 0x130, 0x131, 0x1C5, 0x1F88, 0xFB01,
               0x20, 0x2E, 0x27, 0x2B0, 0x301, 0x10400, 0x10428, 0x587, 0x49, 0x69, 0x31]
    for _ in range(500):
        cases.append("".join(chr(rng.choice(letters)) for _ in range(rng.randrange(1, 8))))
    for _ in range(300):
        cases.append("".join(chr(rng.randrange(0x20, 0x2000)) for _ in range(rng.randrange(1, 8))))
    out = []
    for s in cases:
        rec = {"s": [ord(c) for c in s]}
        for m in ("lower", "upper", "title", "capitalize", "swapcase", "casefold"):
            rec[m] = [ord(c) for c in getattr(s, m)()]
        for p in ("isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "islower",
                  "isupper", "istitle", "isprintable", "isidentifier", "isascii"):
            rec[p] = getattr(s, p)()
        out.append(rec)
    return out


def write_jsonl(path, rows, compress=False):
    text = "".join(json.dumps(r, ensure_ascii=True, separators=(",", ":")) + "\n" for r in rows)
    if compress:
        with open(path, "wb") as f:
            with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as g:
                g.write(text.encode("ascii"))
    else:
        with open(path, "w", encoding="ascii", newline="\n") as f:
            f.write(text)
    print("wrote %s (%d rows)" % (path, len(rows)))


def file_sha256(paths):
    h = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


# Inputs and outputs of the generator, relative to the repository root: a test recomputes these
# hashes so that an edited generator or data file without a regeneration fails loudly.
SOURCE_FILES = ["tools/unicode/gen_unicode_data.py", "tools/unicode/gen_unicode_goldens.py",
                "tools/unicode/alias_candidates.txt", "tools/unicode/named_sequence_candidates.txt"]
DATA_FILES = ["src/Objects/Unicode/Data/props.bin.gz", "src/Objects/Unicode/Data/props320.bin.gz",
              "src/Objects/Unicode/Data/names.bin.gz"]


def write_goldens(golden_dir, names, aliases, sequences):
    rng = random.Random(20261121)
    for cp, name in names.items():
        assert ud.lookup(name) == chr(cp) and ud.lookup(name.lower()) == chr(cp), name
    fp = fingerprints(names)
    with open(os.path.join(golden_dir, "fingerprints.json"), "w", encoding="ascii", newline="\n") as f:
        root = os.path.normpath(os.path.join(golden_dir, "..", "..", "..", ".."))
        json.dump({"unidata_version": ud.unidata_version, "properties": fp,
                   "sources": {"files": SOURCE_FILES, "sha256": file_sha256([os.path.join(root, p) for p in SOURCE_FILES])},
                   "data": {"files": DATA_FILES, "sha256": file_sha256([os.path.join(root, p) for p in DATA_FILES])}},
                  f, indent=1, sort_keys=True)
        f.write("\n")
    write_jsonl(os.path.join(golden_dir, "samples.jsonl.gz"), [sample_record(cp) for cp in sample_cps(rng)], True)
    write_jsonl(os.path.join(golden_dir, "repr.jsonl"),
                [{"s": [ord(c) for c in s], "repr": repr(s), "ascii": ascii(s)} for s in repr_cases(rng)])
    rows = []
    for s in normalization_cases(rng):
        rec = {"s": [ord(c) for c in s]}
        for form in ("NFC", "NFD", "NFKC", "NFKD"):
            rec[form] = [ord(c) for c in ud.normalize(form, s)]
            rec["is" + form] = ud.is_normalized(form, s)
        rows.append(rec)
    write_jsonl(os.path.join(golden_dir, "normalization.jsonl.gz"), rows, True)
    old = ud.ucd_3_2_0
    rows320 = []
    for row in rows:
        s = "".join(map(chr, row["s"]))
        rec = {"s": row["s"]}
        for form in ("NFC", "NFD", "NFKC", "NFKD"):
            rec[form] = [ord(c) for c in old.normalize(form, s)]
            rec["is" + form] = old.is_normalized(form, s)
        rows320.append(rec)
    write_jsonl(os.path.join(golden_dir, "normalization320.jsonl.gz"), rows320, True)
    write_jsonl(os.path.join(golden_dir, "lookup.jsonl.gz"), lookup_cases(rng, names, aliases, sequences), True)
    write_jsonl(os.path.join(golden_dir, "casing.jsonl.gz"), casing_cases(rng), True)
