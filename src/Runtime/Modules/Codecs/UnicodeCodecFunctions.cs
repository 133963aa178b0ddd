using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The <c>_codecs</c> functions of the Unicode codecs (utf_8_encode, utf_16_ex_decode, latin_1_decode...):
/// encoders return (bytes, characters consumed), decoders (str, bytes consumed). Without <c>final</c>,
/// an incomplete sequence at the end is left unconsumed (the incremental decoders rely on it).
/// </summary>
internal static class UnicodeCodecFunctions
{
    public static void Add(PyModule m)
    {
        AddEncoder(m, "utf_8_encode", Utf8Codec.Instance.Encode);
        AddEncoder(m, "latin_1_encode", ByteCodecs.Latin1.Encode);
        AddEncoder(m, "ascii_encode", ByteCodecs.Ascii.Encode);
        AddEncoder(m, "utf_16_le_encode", WideCodec.Utf16Le.Encode);
        AddEncoder(m, "utf_16_be_encode", WideCodec.Utf16Be.Encode);
        AddEncoder(m, "utf_32_le_encode", WideCodec.Utf32Le.Encode);
        AddEncoder(m, "utf_32_be_encode", WideCodec.Utf32Be.Encode);
        AddOrderedEncoder(m, "utf_16_encode", WideCodec.Utf16, WideCodec.Utf16Le, WideCodec.Utf16Be);
        AddOrderedEncoder(m, "utf_32_encode", WideCodec.Utf32, WideCodec.Utf32Le, WideCodec.Utf32Be);

        AddSimpleDecoder(m, "latin_1_decode", ByteCodecs.Latin1.Decode);
        AddSimpleDecoder(m, "ascii_decode", ByteCodecs.Ascii.Decode);
        AddDecoder(m, "utf_8_decode", Utf8Codec.Instance.Decode, Utf8Tail);
        AddDecoder(m, "utf_16_decode", WideCodec.Utf16.Decode, d => WideTail(d, 2, Utf16BigEndian(d, 0)));
        AddDecoder(m, "utf_16_le_decode", WideCodec.Utf16Le.Decode, d => WideTail(d, 2, false));
        AddDecoder(m, "utf_16_be_decode", WideCodec.Utf16Be.Decode, d => WideTail(d, 2, true));
        AddDecoder(m, "utf_32_decode", WideCodec.Utf32.Decode, d => WideTail(d, 4, false));
        AddDecoder(m, "utf_32_le_decode", WideCodec.Utf32Le.Decode, d => WideTail(d, 4, false));
        AddDecoder(m, "utf_32_be_decode", WideCodec.Utf32Be.Decode, d => WideTail(d, 4, true));
        AddExDecoder(m, "utf_16_ex_decode", 2, WideCodec.Utf16, WideCodec.Utf16Le, WideCodec.Utf16Be);
        AddExDecoder(m, "utf_32_ex_decode", 4, WideCodec.Utf32, WideCodec.Utf32Le, WideCodec.Utf32Be);
    }

    private delegate PyValue Encoder(ThreadState ts, PyStr text, string errors);

    private delegate PyValue Decoder(ThreadState ts, ReadOnlySpan<byte> data, string errors);

    private static void AddEncoder(PyModule m, string name, Encoder encode) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            if (!CodecArgs.Check(ts, name, a, kw, 1, 2, out var errors) || !CodecArgs.TryStr(ts, name, a[0], 1, out var text))
            {
                return PyValue.Error;
            }

            return CodecArgs.Pair(encode(ts, text, errors), text.Length);
        });

    /// <summary>utf_16_encode(str, errors=None, byteorder=0): a BOM and native order, or -1 little / 1 big endian.</summary>
    private static void AddOrderedEncoder(PyModule m, string name, WideCodec native, WideCodec little, WideCodec big) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            if (!CodecArgs.Check(ts, name, a, kw, 1, 3, out var errors) || !CodecArgs.TryStr(ts, name, a[0], 1, out var text)
                || !CodecArgs.TryInt(ts, a, 2, out var order))
            {
                return PyValue.Error;
            }

            var codec = order == 0 ? native : order < 0 ? little : big;
            return CodecArgs.Pair(codec.Encode(ts, text, errors), text.Length);
        });

    private static void AddSimpleDecoder(PyModule m, string name, Decoder decode) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            if (!CodecArgs.Check(ts, name, a, kw, 1, 2, out var errors) || !CodecArgs.TryBuffer(ts, a[0], false, out var data))
            {
                return PyValue.Error;
            }

            return CodecArgs.Pair(decode(ts, data, errors), data.Length);
        });

    /// <summary>name(data, errors=None, final=False): <paramref name="tail"/> says how many trailing bytes start an incomplete sequence.</summary>
    private static void AddDecoder(PyModule m, string name, Decoder decode, Func<byte[], int> tail) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            if (!CodecArgs.Check(ts, name, a, kw, 1, 3, out var errors) || !CodecArgs.TryBuffer(ts, a[0], false, out var data)
                || !CodecArgs.TryBool(ts, a, 2, false, out var final))
            {
                return PyValue.Error;
            }

            var used = final ? data.Length : data.Length - tail(data);
            return CodecArgs.Pair(used == 0 ? NativeTypes.Str("") : decode(ts, data.AsSpan(0, used), errors), used);
        });

    /// <summary>utf_16_ex_decode(data, errors=None, byteorder=0, final=False) -> (str, consumed, byteorder found).</summary>
    private static void AddExDecoder(PyModule m, string name, int unit, WideCodec native, WideCodec little, WideCodec big) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            if (!CodecArgs.Check(ts, name, a, kw, 1, 4, out var errors) || !CodecArgs.TryBuffer(ts, a[0], false, out var data)
                || !CodecArgs.TryInt(ts, a, 2, out var order) || !CodecArgs.TryBool(ts, a, 3, false, out var final))
            {
                return PyValue.Error;
            }

            var codec = order < 0 ? little : order > 0 ? big : native;
            if (order == 0 && data.Length >= unit)
            {
                var le = unit == 2 ? data[0] == 0xFF && data[1] == 0xFE : data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0;
                var be = unit == 2 ? data[0] == 0xFE && data[1] == 0xFF : data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF;
                order = le ? -1 : be ? 1 : 0;
            }

            var used = final ? data.Length : data.Length < unit && order == 0 ? 0 : data.Length - WideTail(data, unit, order > 0);
            var text = used == 0 ? NativeTypes.Str("") : codec.Decode(ts, data.AsSpan(0, used), errors);
            return text.IsError ? text : NativeTypes.Tuple(text, PyValue.FromInt64(used), PyValue.FromInt64(order));
        });

    private static bool Utf16BigEndian(byte[] data, int pos) => data.Length >= pos + 2 && data[pos] == 0xFE && data[pos + 1] == 0xFF;

    /// <summary>Trailing bytes that begin a valid but unfinished UTF-8 sequence.</summary>
    private static int Utf8Tail(byte[] data)
    {
        var n = data.Length;
        for (var p = Math.Max(0, n - 3); p < n; p++)
        {
            var (need, lo, hi) = data[p] switch
            {
                >= 0xC2 and <= 0xDF => (1, 0x80, 0xBF),
                0xE0 => (2, 0xA0, 0xBF),
                0xED => (2, 0x80, 0x9F),
                >= 0xE1 and <= 0xEF => (2, 0x80, 0xBF),
                0xF0 => (3, 0x90, 0xBF),
                >= 0xF1 and <= 0xF3 => (3, 0x80, 0xBF),
                0xF4 => (3, 0x80, 0x8F),
                _ => (0, 0, 0),
            };
            if (need == 0 || n - p > need)
            {
                continue;
            }

            var ok = true;
            for (var k = p + 1; k < n && ok; k++)
            {
                ok = k == p + 1 ? data[k] >= lo && data[k] <= hi : data[k] is >= 0x80 and <= 0xBF;
            }

            if (ok)
            {
                return n - p;
            }
        }

        return 0;
    }

    /// <summary>Trailing bytes of an incomplete code unit, plus a final UTF-16 high surrogate waiting for its pair.</summary>
    private static int WideTail(byte[] data, int unit, bool big)
    {
        var rest = data.Length % unit;
        var whole = data.Length - rest;
        if (unit == 2 && whole >= 2)
        {
            var last = big ? (data[whole - 2] << 8) | data[whole - 1] : (data[whole - 1] << 8) | data[whole - 2];
            if (last is >= 0xD800 and <= 0xDBFF)
            {
                return rest + 2;
            }
        }

        return rest;
    }
}
