# unicodedata: properties, names, lookup, decomposition and normalization over many code points,
# ucd_3_2_0 (stringprep, idna) and the error messages.
import unicodedata
import zlib

print(unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version, unicodedata.UCD)
print(type(unicodedata.ucd_3_2_0).__name__, unicodedata.UCD.__module__)

samples = [chr(cp) for cp in (
    0x00, 0x09, 0x0A, 0x20, 0x41, 0x61, 0x7A, 0x30, 0x39, 0x7E, 0x7F, 0x85, 0xA0, 0xAD, 0xB2, 0xBD, 0xC0,
    0xE9, 0xDF, 0x130, 0x1C5, 0x221, 0x300, 0x345, 0x378, 0x621, 0x663, 0x5D0, 0xE3F, 0x1100, 0x1E9E, 0x2028,
    0x2160, 0x2155, 0x2460, 0x3000, 0x3007, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0xD800, 0xE000, 0xF900, 0xFB01,
    0xFDFA, 0xFEFF, 0xFF21, 0xFF61, 0xFFFD, 0x10400, 0x1D400, 0x1F600, 0x1F1E6, 0x20000, 0x2A700, 0x31350,
    0xE0001, 0xF0000, 0x10FFFF, 0x17000, 0x18B00, 0x1B170, 0x1E900, 0xF73, 0x1F71, 0x212B, 0x1F10C, 0x5C,
    0x28, 0x29, 0xAB, 0x2E80, 0x1D7CE, 0x10D40, 0x1CC00, 0x11F50, 0x16D40)]
for ch in samples:
    cp = ord(ch)
    print(f'{cp:06X}', unicodedata.category(ch), unicodedata.bidirectional(ch), unicodedata.combining(ch),
          unicodedata.east_asian_width(ch), unicodedata.mirrored(ch), unicodedata.decimal(ch, None),
          unicodedata.digit(ch, None), unicodedata.numeric(ch, None), repr(unicodedata.decomposition(ch)),
          unicodedata.name(ch, None))
    print('   3.2.0', unicodedata.ucd_3_2_0.category(ch), unicodedata.ucd_3_2_0.bidirectional(ch),
          unicodedata.ucd_3_2_0.east_asian_width(ch), unicodedata.ucd_3_2_0.numeric(ch, None),
          unicodedata.ucd_3_2_0.name(ch, None), repr(unicodedata.ucd_3_2_0.decomposition(ch)))


def digest(parts):
    return zlib.crc32('|'.join(map(str, parts)).encode('utf-8', 'surrogatepass'))


# Sweeps: one checksum per property over every 17th code point.
sweep = [chr(cp) for cp in range(0, 0x110000, 17)]
for label, f in [('category', unicodedata.category), ('bidirectional', unicodedata.bidirectional),
                 ('combining', unicodedata.combining), ('east_asian_width', unicodedata.east_asian_width),
                 ('mirrored', unicodedata.mirrored), ('decimal', lambda c: unicodedata.decimal(c, -1)),
                 ('digit', lambda c: unicodedata.digit(c, -1)), ('numeric', lambda c: unicodedata.numeric(c, -1)),
                 ('decomposition', unicodedata.decomposition), ('name', lambda c: unicodedata.name(c, '')),
                 ('3.2 category', unicodedata.ucd_3_2_0.category),
                 ('3.2 bidirectional', unicodedata.ucd_3_2_0.bidirectional),
                 ('3.2 name', lambda c: unicodedata.ucd_3_2_0.name(c, ''))]:
    print(label, digest(f(c) for c in sweep))

# Normalization: every form of single code points and of combining sequences, and round trips.
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    chars = [chr(cp) for cp in range(0xA0, 0x30000, 7) if not 0xD800 <= cp < 0xE000]
    results = [unicodedata.normalize(form, c) for c in chars]
    print(form, digest(results), sum(r != c for r, c in zip(results, chars)),
          all(unicodedata.is_normalized(form, r) for r in results))
    seqs = ['e\u0301', 'A\u030a', '\u212b', 'a\u0328\u0301', '\u1e0b\u0323', '\u0071\u0307\u0323',
            '\uac00\u11a8', '\u1100\u1161\u11a8', '\ufb01', '\u2460', '\u00c5\u0301', 'ñ\u0303', '\U0001d15e',
            '\u0f73', '\u0344', '\u0958', 'x\u0300\u0315\u0301\u05ae', '\u1f71', 'ǅ', 'Ⅻ', '…', 'ｶﾞ']
    for s in seqs:
        n = unicodedata.normalize(form, s)
        print('  ', form, ascii(s), ascii(n), unicodedata.is_normalized(form, s),
              unicodedata.ucd_3_2_0.normalize(form, s) == n)
text = ''.join(chr(cp) for cp in range(0xC0, 0x2000))
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    n = unicodedata.normalize(form, text)
    print(form, len(n), digest([n]), unicodedata.normalize(form, n) == n)
print(unicodedata.normalize('NFC', unicodedata.normalize('NFD', text)) == unicodedata.normalize('NFC', text))

# Names and lookup: aliases, named sequences, algorithmic names.
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'EURO SIGN', 'CJK UNIFIED IDEOGRAPH-4E00',
             'CJK UNIFIED IDEOGRAPH-2A700', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH', 'LINE FEED', 'LF',
             'BYTE ORDER MARK', 'NBSP', 'LATIN CAPITAL LETTER GHA', 'KEYCAP NUMBER SIGN',
             'LATIN SMALL LETTER A WITH MACRON AND GRAVE', 'TANGUT IDEOGRAPH-17000',
             'CJK COMPATIBILITY IDEOGRAPH-F900', 'KHITAN SMALL SCRIPT CHARACTER-18B00', 'NUSHU CHARACTER-1B170',
             'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'HANGUL SYLLABLE', 'NO SUCH NAME',
             'SPACE', 'space ', 'A' * 300]:
    try:
        r = unicodedata.lookup(name)
        print('lookup', name[:40], ascii(r), [unicodedata.name(c, None) for c in r])
    except KeyError as e:
        print('lookup', name[:40], 'KeyError', e)
    try:
        print('  3.2.0', ascii(unicodedata.ucd_3_2_0.lookup(name)))
    except KeyError as e:
        print('  3.2.0 KeyError', e)
print(unicodedata.lookup(b'DIGIT ONE'), '\N{EM DASH}', '\N{LF}' == '\n')
names = [unicodedata.name(chr(cp), '') for cp in range(0x20, 0x30000, 3)]
print('roundtrip', sum(unicodedata.lookup(n) == chr(cp) for n, cp in zip(names, range(0x20, 0x30000, 3)) if n))

# Errors.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('category int', lambda: unicodedata.category(65))
attempt('category long', lambda: unicodedata.category('ab'))
attempt('category empty', lambda: unicodedata.category(''))
attempt('category none', lambda: unicodedata.category())
attempt('category kw', lambda: unicodedata.category(chr='a'))
attempt('UCD category none', lambda: unicodedata.ucd_3_2_0.category())
attempt('decimal', lambda: unicodedata.decimal('a'))
attempt('digit', lambda: unicodedata.digit('a'))
attempt('numeric', lambda: unicodedata.numeric('a'))
attempt('numeric default', lambda: unicodedata.numeric('a', 'd'))
attempt('decimal none', lambda: unicodedata.decimal())
attempt('decimal three', lambda: unicodedata.decimal('1', 2, 3))
attempt('name', lambda: unicodedata.name('\x00'))
attempt('name default', lambda: unicodedata.name('\x00', 0))
attempt('name 3.2', lambda: unicodedata.ucd_3_2_0.name('\u0221'))
attempt('lookup', lambda: unicodedata.lookup('XYZ'))
attempt('lookup int', lambda: unicodedata.lookup(1))
attempt('lookup bytearray', lambda: unicodedata.lookup(bytearray(b'A')))
attempt('lookup long', lambda: unicodedata.lookup('A' * 300))
attempt('normalize form', lambda: unicodedata.normalize('X', 'a'))
attempt('normalize int', lambda: unicodedata.normalize('NFC', 1))
attempt('normalize form int', lambda: unicodedata.normalize(1, 'a'))
attempt('normalize one arg', lambda: unicodedata.normalize('NFC'))
attempt('is_normalized form', lambda: unicodedata.is_normalized('nfc', 'a'))
attempt('UCD()', lambda: unicodedata.UCD())
attempt('normalize empty', lambda: unicodedata.normalize('NFKC', ''))


class S(str):
    pass


print(type(unicodedata.normalize('NFC', S('abc'))).__name__, unicodedata.category(S('a')))
print('b\u00fccher.de'.encode('idna'), b'xn--bcher-kva.de'.decode('idna'))
import stringprep
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\xad'), stringprep.map_table_b2('\u00df'),
      stringprep.in_table_c12('\u3000'), stringprep.in_table_d1('\u05d0'), stringprep.in_table_d2('a'))
