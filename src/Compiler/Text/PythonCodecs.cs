using System.Text;
using ProtoPython.Compiler.Diagnostics;

namespace ProtoPython.Compiler.Text;

/// <summary>
/// The legacy codecs a coding cookie may name, mapped onto .NET encodings (code pages come from
/// <see cref="CodePagesEncodingProvider"/>). Names are matched after Python's
/// <c>encodings.normalize_encoding</c> (lowercase, '-' and ' ' as '_').
/// </summary>
internal sealed class PythonCodecs
{
    private static readonly Dictionary<string, (string Canonical, int CodePage)> s_aliases = BuildAliases();

    static PythonCodecs()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private PythonCodecs(string canonical, int codePage)
    {
        Canonical = canonical;
        CodePage = codePage;
    }

    /// <summary>The codec's name as Python spells it in error messages (e.g. <c>ascii</c>, <c>cp1252</c>).</summary>
    public string Canonical { get; }

    private int CodePage { get; }

    public static bool IsUtf8Alias(string name) => Normalize(name) is "utf_8" or "utf8" or "u8" or "utf" or "cp65001";

    public static PythonCodecs? Find(string name) =>
        s_aliases.TryGetValue(Normalize(name), out var entry) ? new PythonCodecs(entry.Canonical, entry.CodePage) : null;

    /// <summary>Decodes strictly; <paramref name="baseOffset"/> is added to error positions (a skipped BOM).</summary>
    public string Decode(ReadOnlySpan<byte> bytes, int baseOffset, string filename)
    {
        if (CodePage == 20127)
        {
            int bad = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (bad >= 0)
            {
                throw DecodeError($"'{Canonical}' codec can't decode byte 0x{bytes[bad]:x2} in position {bad + baseOffset}: ordinal not in range(128)", filename);
            }

            return Encoding.ASCII.GetString(bytes);
        }

        if (CodePage == 28591)
        {
            return Encoding.Latin1.GetString(bytes);
        }

        var encoding = Encoding.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            string text = encoding.GetString(bytes);
            if (CodePage is (>= 1250 and <= 1258) or 874)
            {
                CheckWindowsUndefined(bytes, text, baseOffset, filename);
            }

            return text;
        }
        catch (DecoderFallbackException e)
        {
            byte b = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : (byte)0;
            int position = e.Index + baseOffset;
            // Python's single-byte codecs are charmap-based and name themselves 'charmap' in errors;
            // BOM-less utf-16/32 decode as little-endian and say so.
            string msg = CodePage is 1200 or 1201 or 12000 or 12001
                ? $"'{(Canonical is "utf-16" or "utf-32" ? Canonical + "-le" : Canonical)}' codec can't decode byte 0x{b:x2} in position {position}: truncated data"
                : IsMultiByte
                ? $"'{Canonical}' codec can't decode byte 0x{b:x2} in position {position}: illegal multibyte sequence"
                : $"'charmap' codec can't decode byte 0x{b:x2} in position {position}: character maps to <undefined>";
            throw DecodeError(msg, filename);
        }
    }

    /// <summary>
    /// .NET decodes the bytes a Windows code page leaves undefined (0x81 in cp1252...) as the C1
    /// control of the same value; Python's tables leave them undefined and fail.
    /// </summary>
    private void CheckWindowsUndefined(ReadOnlySpan<byte> bytes, string text, int baseOffset, string filename)
    {
        if (text.Length != bytes.Length)
        {
            return;
        }

        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b is >= 0x80 and <= 0x9F && text[i] == (char)b)
            {
                throw DecodeError($"'charmap' codec can't decode byte 0x{b:x2} in position {i + baseOffset}: character maps to <undefined>", filename);
            }
        }
    }

    private bool IsMultiByte => CodePage is 932 or 936 or 949 or 950 or 51932 or 51949 or 54936 or 1200 or 1201 or 12000 or 12001;

    private static PythonSyntaxError DecodeError(string msg, string filename) =>
        new(SyntaxErrorKind.SyntaxError, msg, filename, 0, -1, 0, 0, null);

    private static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            sb.Append(c is '-' or ' ' ? '_' : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static Dictionary<string, (string, int)> BuildAliases()
    {
        var d = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        void Add(string canonical, int codePage, params string[] aliases)
        {
            d[canonical.Replace('-', '_')] = (canonical, codePage);
            foreach (var a in aliases)
            {
                d[a] = (canonical, codePage);
            }
        }

        Add("ascii", 20127, "646", "us_ascii", "us", "ansi_x3.4_1968", "iso646_us", "cp367", "csascii", "ibm367", "iso_ir_6");
        Add("latin-1", 28591, "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100", "ibm819");
        string[] isoLatin = ["", "", "latin2", "latin3", "latin4", "cyrillic", "arabic", "greek", "hebrew", "latin5", "latin6", "", "thai", "latin7", "latin8", "latin9", "latin10"];
        for (int n = 2; n <= 16; n++)
        {
            if (n == 12)
            {
                continue;
            }

            int cp = n == 11 ? 874 : 28590 + n;
            var aliases = new List<string> { $"iso8859_{n}", $"iso_8859_{n}" };
            if (isoLatin[n].Length > 0)
            {
                aliases.Add(isoLatin[n]);
            }

            Add($"iso8859-{n}", cp, [.. aliases]);
        }

        for (int n = 1250; n <= 1258; n++)
        {
            Add($"cp{n}", n, $"windows_{n}", $"{n}");
        }

        foreach (int n in (ReadOnlySpan<int>)[437, 737, 775, 850, 852, 855, 857, 858, 860, 861, 862, 863, 864, 865, 866, 869, 874, 875, 1006, 1026, 1125, 1140])
        {
            Add($"cp{n}", n, $"{n}", $"ibm{n}", $"csibm{n}");
        }

        Add("koi8-r", 20866, "cskoi8r");
        Add("koi8-u", 21866);
        Add("mac-roman", 10000, "macroman", "macintosh");
        Add("mac-cyrillic", 10007, "maccyrillic");
        Add("mac-greek", 10006, "macgreek");
        Add("mac-latin2", 10029, "maclatin2", "maccentraleurope");
        Add("shift_jis", 932, "csshiftjis", "shiftjis", "sjis", "s_jis");
        Add("cp932", 932, "932", "ms932", "mskanji", "ms_kanji");
        Add("euc_jp", 51932, "eucjp", "ujis", "u_jis");
        Add("gb2312", 936, "chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980", "gb2312_80", "iso_ir_58");
        Add("gbk", 936, "936", "cp936", "ms936");
        Add("gb18030", 54936, "gb18030_2000");
        Add("big5", 950, "big5_tw", "csbig5");
        Add("cp950", 950, "950", "ms950");
        Add("euc_kr", 51949, "euckr", "korean", "ksc5601", "ks_c_5601", "ks_c_5601_1987", "ksx1001", "ks_x_1001");
        Add("cp949", 949, "949", "ms949", "uhc");
        Add("utf-16", 1200, "u16", "utf16");
        Add("utf-16-le", 1200, "utf_16le", "unicodelittleunmarked");
        Add("utf-16-be", 1201, "utf_16be", "unicodebigunmarked");
        Add("utf-32", 12000, "u32", "utf32");
        Add("utf-32-le", 12000, "utf_32le");
        Add("utf-32-be", 12001, "utf_32be");
        return d;
    }
}
