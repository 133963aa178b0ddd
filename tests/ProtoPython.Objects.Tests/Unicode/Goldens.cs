using System.IO.Compression;
using System.Text.Json;

namespace ProtoPython.Objects.Tests.Unicode;

/// <summary>Reads the goldens written by tools/unicode/gen_unicode_goldens.py.</summary>
internal static class Goldens
{
    public static string PathOf(string name) => Path.Combine(RepoPaths.UnicodeGoldens, name);

    /// <summary>The rows of a JSON-lines golden (gzip-compressed when the name ends in .gz).</summary>
    public static List<JsonElement> ReadJsonLines(string name)
    {
        var path = PathOf(name);
        using Stream file = File.OpenRead(path);
        using var stream = name.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(stream);
        var rows = new List<JsonElement>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(JsonDocument.Parse(line).RootElement.Clone());
            }
        }

        return rows;
    }

    /// <summary>The fingerprint object recorded for a property: {"sha256", "lines"}.</summary>
    public static (string Sha256, int Lines) Fingerprint(string property)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(PathOf("fingerprints.json")));
        var p = doc.RootElement.GetProperty("properties").GetProperty(property);
        return (p.GetProperty("sha256").GetString()!, p.GetProperty("lines").GetInt32());
    }

    public static string UnidataVersion()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(PathOf("fingerprints.json")));
        return doc.RootElement.GetProperty("unidata_version").GetString()!;
    }

    public static int[] CodePoints(JsonElement array)
    {
        var result = new int[array.GetArrayLength()];
        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            result[i++] = e.GetInt32();
        }

        return result;
    }

    /// <summary>Code points to a .NET string; lone surrogates become lone UTF-16 units.</summary>
    public static string ToText(ReadOnlySpan<int> cps)
    {
        var sb = new System.Text.StringBuilder(cps.Length);
        foreach (var cp in cps)
        {
            if (cp >= 0x10000)
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                sb.Append((char)cp);
            }
        }

        return sb.ToString();
    }

    /// <summary>True when the code points survive a round trip through UTF-16 (no lone surrogate pairs up).</summary>
    public static bool SurvivesUtf16(ReadOnlySpan<int> cps)
    {
        for (var i = 0; i + 1 < cps.Length; i++)
        {
            if (cps[i] is >= 0xD800 and <= 0xDBFF && cps[i + 1] is >= 0xDC00 and <= 0xDFFF)
            {
                return false;
            }
        }

        return true;
    }
}
