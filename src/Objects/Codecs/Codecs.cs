using System.Text;

namespace ProtoPython.Objects;

/// <summary>
/// str.encode / bytes.decode for the codecs built into the runtime: utf-8 (and utf-8-sig),
/// ascii, latin-1, utf-16 and utf-32 in both byte orders. Encoding names are normalized as
/// <c>encodings.search_function</c> does (case, punctuation, the alias table).
/// </summary>
public static class Codecs
{
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.Ordinal)
    {
        ["646"] = "ascii", ["ansi_x3.4_1968"] = "ascii", ["ansi_x3_4_1968"] = "ascii", ["ansi_x3.4_1986"] = "ascii",
        ["cp367"] = "ascii", ["csascii"] = "ascii", ["ibm367"] = "ascii", ["iso646_us"] = "ascii",
        ["iso_646.irv_1991"] = "ascii", ["iso_ir_6"] = "ascii", ["us"] = "ascii", ["us_ascii"] = "ascii",
        ["8859"] = "latin_1", ["cp819"] = "latin_1", ["csisolatin1"] = "latin_1", ["ibm819"] = "latin_1",
        ["iso8859"] = "latin_1", ["iso8859_1"] = "latin_1", ["iso_8859_1"] = "latin_1", ["iso_8859_1_1987"] = "latin_1",
        ["iso_ir_100"] = "latin_1", ["l1"] = "latin_1", ["latin"] = "latin_1", ["latin1"] = "latin_1",
        ["u8"] = "utf_8", ["utf"] = "utf_8", ["utf8"] = "utf_8", ["utf8_ucs2"] = "utf_8", ["utf8_ucs4"] = "utf_8",
        ["cp65001"] = "utf_8",
        ["u16"] = "utf_16", ["utf16"] = "utf_16", ["unicodebigunmarked"] = "utf_16_be", ["utf_16be"] = "utf_16_be",
        ["unicodelittleunmarked"] = "utf_16_le", ["utf_16le"] = "utf_16_le",
        ["u32"] = "utf_32", ["utf32"] = "utf_32", ["utf_32be"] = "utf_32_be", ["utf_32le"] = "utf_32_le",
    };

    /// <summary>The codec modules we implement, by module name.</summary>
    private static readonly HashSet<string> s_modules =
        ["utf_8", "utf_8_sig", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"];

    /// <summary>The codec module name for <paramref name="encoding"/> ("utf_8", "latin_1"...), or null when unknown.</summary>
    public static string? Lookup(string encoding)
    {
        // The C fast path of str.encode / bytes.decode.
        switch (encoding)
        {
            case "utf-8" or "utf8":
                return "utf_8";
            case "ascii":
                return "ascii";
            case "latin-1" or "latin1" or "iso-8859-1":
                return "latin_1";
        }

        var norm = Normalize(encoding);
        if (s_aliases.TryGetValue(norm, out var alias) || s_aliases.TryGetValue(norm.Replace('.', '_'), out alias))
        {
            return alias;
        }

        return s_modules.Contains(norm) ? norm : null;
    }

    /// <summary>
    /// <c>encodings.normalize_encoding</c> after lowercasing: runs of characters other than
    /// letters, digits and '.' become one '_', without leading or trailing '_'.
    /// </summary>
    public static string Normalize(string encoding)
    {
        var sb = new StringBuilder(encoding.Length);
        var punct = false;
        foreach (var c in encoding)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punct && sb.Length > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
                punct = false;
            }
            else
            {
                punct = true;
            }
        }

        return sb.ToString();
    }

    /// <summary><c>str.encode(encoding, errors)</c>: a bytes value, or Error with LookupError/UnicodeEncodeError pending.</summary>
    public static PyValue Encode(ThreadState ts, PyStr text, string encoding, string errors) => Lookup(encoding) switch
    {
        "utf_8" => Utf8Codec.Instance.Encode(ts, text, errors),
        "utf_8_sig" => Prefix([0xEF, 0xBB, 0xBF], Utf8Codec.Instance.Encode(ts, text, errors)),
        "ascii" => ByteCodecs.Ascii.Encode(ts, text, errors),
        "latin_1" => ByteCodecs.Latin1.Encode(ts, text, errors),
        "utf_16" => WideCodec.Utf16.Encode(ts, text, errors),
        "utf_16_le" => WideCodec.Utf16Le.Encode(ts, text, errors),
        "utf_16_be" => WideCodec.Utf16Be.Encode(ts, text, errors),
        "utf_32" => WideCodec.Utf32.Encode(ts, text, errors),
        "utf_32_le" => WideCodec.Utf32Le.Encode(ts, text, errors),
        "utf_32_be" => WideCodec.Utf32Be.Encode(ts, text, errors),
        _ => CodecHooks.Encode is { } registry ? registry(ts, text, encoding, errors) : UnknownEncoding(ts, encoding),
    };

    /// <summary><c>bytes.decode(encoding, errors)</c>: a str value, or Error with LookupError/UnicodeDecodeError pending.</summary>
    public static PyValue Decode(ThreadState ts, ReadOnlySpan<byte> data, string encoding, string errors) => data.IsEmpty
        ? PyValue.FromObject(PyStr.Intern("")) // CPython answers b''.decode(anything) without a codec lookup
        : Lookup(encoding) switch
    {
        "utf_8" => Utf8Codec.Instance.Decode(ts, data, errors),
        "utf_8_sig" => Utf8Codec.Instance.Decode(ts, data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? data[3..] : data, errors),
        "ascii" => ByteCodecs.Ascii.Decode(ts, data, errors),
        "latin_1" => ByteCodecs.Latin1.Decode(ts, data, errors),
        "utf_16" => WideCodec.Utf16.Decode(ts, data, errors),
        "utf_16_le" => WideCodec.Utf16Le.Decode(ts, data, errors),
        "utf_16_be" => WideCodec.Utf16Be.Decode(ts, data, errors),
        "utf_32" => WideCodec.Utf32.Decode(ts, data, errors),
        "utf_32_le" => WideCodec.Utf32Le.Decode(ts, data, errors),
        "utf_32_be" => WideCodec.Utf32Be.Decode(ts, data, errors),
        _ => CodecHooks.Decode is { } registry ? registry(ts, PyValue.Null, data, encoding, errors) : UnknownEncoding(ts, encoding),
    };

    private static PyValue UnknownEncoding(ThreadState ts, string encoding) =>
        ts.SetError(PyExc.LookupError, "unknown encoding: " + encoding);

    private static PyValue Prefix(byte[] prefix, PyValue encoded)
    {
        if (encoded.IsError)
        {
            return encoded;
        }

        var body = ((PyBytes)encoded.AsObject).Span;
        var result = new byte[prefix.Length + body.Length];
        prefix.CopyTo(result, 0);
        body.CopyTo(result.AsSpan(prefix.Length));
        return PyBytes.From(result);
    }
}
