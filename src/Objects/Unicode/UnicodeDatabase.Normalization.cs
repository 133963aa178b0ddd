using System.Globalization;
using System.Text;

namespace ProtoPython.Objects.Unicode;

public static partial class UnicodeDatabase
{
    /// <summary>unicodedata.decomposition: "&lt;tag&gt; XXXX YYYY", or "" when there is no mapping.</summary>
    public static string Decomposition(int cp)
    {
        if ((uint)cp >= CodePointLimit)
        {
            ThrowOutOfRange(cp);
        }

        if ((uint)(cp - HangulBase) < HangulCount)
        {
            // CPython gives the full L V [T] decomposition of a syllable.
            Span<int> jamo = stackalloc int[3];
            var n = DecomposeHangul(cp, jamo);
            var sb = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                AppendHex4(sb.Append(i == 0 ? "" : " "), jamo[i]);
            }

            return sb.ToString();
        }

        var t = Tables;
        var entry = t.DecompositionIndex.Get(cp);
        if (entry == 0)
        {
            return "";
        }

        var offset = t.DecompositionOffsets[entry];
        var header = t.DecompositionData[offset];
        var result = new StringBuilder(t.DecompositionTags[header >> 8]);
        for (var i = 0; i < (header & 0xFF); i++)
        {
            if (result.Length > 0)
            {
                result.Append(' ');
            }

            AppendHex4(result, t.DecompositionData[offset + 1 + i]);
        }

        return result.ToString();
    }

    /// <summary>unicodedata.normalize on a .NET string.</summary>
    public static string Normalize(NormalizationKind kind, string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        CheckKind(kind);
        if (CodePoints.IsAscii(s))
        {
            return s;
        }

        var result = Normalize(kind, CodePoints.FromString(s));
        return CodePoints.ToString(result);
    }

    /// <summary>unicodedata.normalize on code points.</summary>
    public static int[] Normalize(NormalizationKind kind, ReadOnlySpan<int> codePoints)
    {
        CheckKind(kind);
        var compat = kind is NormalizationKind.NFKC or NormalizationKind.NFKD;
        var buffer = new List<int>(codePoints.Length + 8);
        foreach (var cp in codePoints)
        {
            if ((uint)cp >= CodePointLimit)
            {
                ThrowOutOfRange(cp);
            }

            Decompose(cp, compat, buffer);
        }

        ReorderCanonically(buffer);
        if (kind is NormalizationKind.NFC or NormalizationKind.NFKC)
        {
            Compose(buffer);
        }

        return [.. buffer];
    }

    /// <summary>unicodedata.is_normalized.</summary>
    public static bool IsNormalized(NormalizationKind kind, string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        CheckKind(kind);
        return CodePoints.IsAscii(s) || IsNormalized(kind, CodePoints.FromString(s));
    }

    /// <summary>unicodedata.is_normalized on code points.</summary>
    public static bool IsNormalized(NormalizationKind kind, ReadOnlySpan<int> codePoints) =>
        codePoints.SequenceEqual(Normalize(kind, codePoints));

    private static void CheckKind(NormalizationKind kind)
    {
        if ((uint)kind > (uint)NormalizationKind.NFKD)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "invalid normalization form");
        }
    }

    private static void AppendHex4(StringBuilder sb, int cp) =>
        sb.Append(cp.ToString("X4", CultureInfo.InvariantCulture));

    private static int DecomposeHangul(int cp, Span<int> jamo)
    {
        var s = cp - HangulBase;
        jamo[0] = JamoLBase + s / JamoNCount;
        jamo[1] = JamoVBase + s % JamoNCount / JamoTCount;
        if (s % JamoTCount == 0)
        {
            return 2;
        }

        jamo[2] = JamoTBase + s % JamoTCount;
        return 3;
    }

    // Full (recursive) canonical or compatibility decomposition of one code point.
    private static void Decompose(int cp, bool compat, List<int> output)
    {
        if ((uint)(cp - HangulBase) < HangulCount)
        {
            Span<int> jamo = stackalloc int[3];
            var n = DecomposeHangul(cp, jamo);
            for (var i = 0; i < n; i++)
            {
                output.Add(jamo[i]);
            }

            return;
        }

        var t = Tables;
        var entry = t.DecompositionIndex.Get(cp);
        if (entry != 0)
        {
            var offset = t.DecompositionOffsets[entry];
            var header = t.DecompositionData[offset];
            if (compat || header >> 8 == 0)
            {
                for (var i = 0; i < (header & 0xFF); i++)
                {
                    Decompose(t.DecompositionData[offset + 1 + i], compat, output);
                }

                return;
            }
        }

        output.Add(cp);
    }

    // Stable sort of each run of non-starters by combining class (the Canonical Ordering Algorithm).
    private static void ReorderCanonically(List<int> buffer)
    {
        for (var i = 1; i < buffer.Count; i++)
        {
            var cp = buffer[i];
            var ccc = RecordOf(cp).Combining;
            if (ccc == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0)
            {
                var prev = RecordOf(buffer[j - 1]).Combining;
                if (prev <= ccc)
                {
                    break;
                }

                buffer[j] = buffer[j - 1];
                j--;
            }

            buffer[j] = cp;
        }
    }

    // The Canonical Composition Algorithm over a decomposed, reordered buffer.
    private static void Compose(List<int> buffer)
    {
        if (buffer.Count < 2)
        {
            return;
        }

        var starterPos = 0;
        var starter = buffer[0];
        int lastClass = RecordOf(starter).Combining;
        if (lastClass != 0)
        {
            lastClass = 256; // a leading non-starter blocks everything after it from composing with it
        }

        var outPos = 1;
        for (var i = 1; i < buffer.Count; i++)
        {
            var cp = buffer[i];
            int cls = RecordOf(cp).Combining;
            if ((lastClass < cls || lastClass == 0) && ComposePair(starter, cp) is var composite && composite >= 0)
            {
                buffer[starterPos] = composite;
                starter = composite;
                continue;
            }

            if (cls == 0)
            {
                starterPos = outPos;
                starter = cp;
            }

            lastClass = cls;
            buffer[outPos++] = cp;
        }

        buffer.RemoveRange(outPos, buffer.Count - outPos);
    }

    private static int ComposePair(int first, int second)
    {
        var l = first - JamoLBase;
        if ((uint)l < 19)
        {
            var v = second - JamoVBase;
            return (uint)v < JamoVCount ? HangulBase + (l * JamoVCount + v) * JamoTCount : -1;
        }

        var s = first - HangulBase;
        if ((uint)s < HangulCount && s % JamoTCount == 0)
        {
            var tIndex = second - JamoTBase;
            return tIndex > 0 && tIndex < JamoTCount ? first + tIndex : -1;
        }

        return Compositions.TryGetValue(((long)first << 21) | (uint)second, out var c) ? c : -1;
    }

    private static Dictionary<long, int> Compositions => CompositionTable.Pairs;

    // Built on first composition only: NFD/NFKD and the property lookups never need it.
    private static class CompositionTable
    {
        public static readonly Dictionary<long, int> Pairs = Build();

        private static Dictionary<long, int> Build()
        {
            var flat = UnicodeTables.Instance.Compositions;
            var pairs = new Dictionary<long, int>(flat.Length / 3);
            for (var i = 0; i + 2 < flat.Length; i += 3)
            {
                pairs.Add(((long)flat[i] << 21) | (uint)flat[i + 1], flat[i + 2]);
            }

            return pairs;
        }
    }
}
