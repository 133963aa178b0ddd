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
        if (IsQuickNormalized(kind, s))
        {
            return s;
        }

        return CodePoints.ToString(Normalize(kind, CodePoints.FromString(s)));
    }

    /// <summary>unicodedata.normalize on code points.</summary>
    public static int[] Normalize(NormalizationKind kind, ReadOnlySpan<int> codePoints)
    {
        var safe = SafeFlag(kind);
        var i = 0;
        while (i < codePoints.Length && Has(codePoints[i], safe))
        {
            i++;
        }

        if (i == codePoints.Length)
        {
            return codePoints.ToArray();
        }

        // A safe code point is a boundary: nothing before it reorders or composes with anything
        // from it on. So only the stretches from the safe code point before an unsafe one up to
        // the next safe one need the full algorithm; the rest is copied.
        var output = new List<int>(codePoints.Length + 8);
        var scratch = new List<int>();
        var copied = 0;
        while (i < codePoints.Length)
        {
            var start = Math.Max(copied, i - 1);
            AddRange(output, codePoints[copied..start]);
            var end = i + 1;
            while (end < codePoints.Length && !Has(codePoints[end], safe))
            {
                end++;
            }

            NormalizeSegment(kind, codePoints[start..end], output, scratch, legacy: false);
            copied = end;
            i = end + 1;
            while (i < codePoints.Length && Has(codePoints[i], safe))
            {
                i++;
            }
        }

        AddRange(output, codePoints[copied..]);
        return [.. output];
    }

    /// <summary>
    /// Appends the normalization of <paramref name="segment"/> to <paramref name="output"/>. With
    /// <paramref name="legacy"/>, decompositions follow unicodedata.ucd_3_2_0; the canonical
    /// ordering and composition use the current data in both cases, as CPython does.
    /// </summary>
    internal static void NormalizeSegment(NormalizationKind kind, ReadOnlySpan<int> segment, List<int> output,
        List<int> buffer, bool legacy)
    {
        var compat = kind is NormalizationKind.NFKC or NormalizationKind.NFKD;
        buffer.Clear();
        foreach (var cp in segment)
        {
            if ((uint)cp >= CodePointLimit)
            {
                ThrowOutOfRange(cp);
            }

            if (legacy)
            {
                UnicodeDatabase320.Decompose(cp, compat, buffer);
            }
            else
            {
                Decompose(cp, compat, buffer);
            }
        }

        ReorderCanonically(buffer);
        if (kind is NormalizationKind.NFC or NormalizationKind.NFKC)
        {
            Compose(buffer);
        }

        output.AddRange(buffer);
    }

    private static void AddRange(List<int> output, ReadOnlySpan<int> items)
    {
        foreach (var cp in items)
        {
            if ((uint)cp >= CodePointLimit)
            {
                ThrowOutOfRange(cp);
            }

            output.Add(cp);
        }
    }

    /// <summary>unicodedata.is_normalized.</summary>
    public static bool IsNormalized(NormalizationKind kind, string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return IsQuickNormalized(kind, s) || IsNormalized(kind, CodePoints.FromString(s));
    }

    /// <summary>unicodedata.is_normalized on code points.</summary>
    public static bool IsNormalized(NormalizationKind kind, ReadOnlySpan<int> codePoints) =>
        codePoints.SequenceEqual(Normalize(kind, codePoints));

    internal static CharFlags SafeFlag(NormalizationKind kind) => kind switch
    {
        NormalizationKind.NFC => CharFlags.NfcSafe,
        NormalizationKind.NFD => CharFlags.NfdSafe,
        NormalizationKind.NFKC => CharFlags.NfkcSafe,
        NormalizationKind.NFKD => CharFlags.NfkdSafe,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "invalid normalization form"),
    };

    // True when every code point of s is safe for the form (see CharFlags.NfcSafe), so s is normalized.
    private static bool IsQuickNormalized(NormalizationKind kind, string s)
    {
        var safe = SafeFlag(kind);
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (cp < 0x80)
            {
                continue;
            }

            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }

            if (!Has(cp, safe))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendHex4(StringBuilder sb, int cp) =>
        sb.Append(cp.ToString("X4", CultureInfo.InvariantCulture));

    internal static int DecomposeHangul(int cp, Span<int> jamo)
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
    internal static void Decompose(int cp, bool compat, List<int> output)
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
