using System.Text;

namespace ProtoPython.Objects;

/// <summary>
/// "Did you mean ...?" (CPython's <c>_Py_CalculateSuggestions</c>): the candidate nearest to a name
/// by a Levenshtein distance over UTF-8 bytes where a case change costs 1 and any other edit 2;
/// a candidate qualifies when at most about a third of the characters involved change.
/// </summary>
public static class KeywordSuggestions
{
    private const int MaxCandidates = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>"unexpected keyword argument" suffix: ". Did you mean 'x'?" or "".</summary>
    public static string Hint(ReadOnlySpan<string> candidates, string name) =>
        Closest(candidates, name) is { } best ? ". Did you mean '" + best + "'?" : "";

    /// <summary>The best candidate for <paramref name="name"/>, or null.</summary>
    public static string? Closest(ReadOnlySpan<string> candidates, string name)
    {
        if (candidates.Length >= MaxCandidates)
        {
            return null;
        }

        var nameBytes = Encoding.UTF8.GetBytes(name);
        Span<int> buffer = stackalloc int[MaxStringSize];
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var item in candidates)
        {
            if (string.Equals(item, name, StringComparison.Ordinal))
            {
                continue;
            }

            var itemBytes = Encoding.UTF8.GetBytes(item);
            var maxDistance = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, bestDistance - 1);
            var distance = Distance(nameBytes, itemBytes, maxDistance, buffer);
            if (distance > maxDistance)
            {
                continue;
            }

            if (best is null || distance < bestDistance)
            {
                best = item;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31))
        {
            return MoveCost;
        }

        if (a == b)
        {
            return 0;
        }

        return ToLower(a) == ToLower(b) ? CaseCost : MoveCost;
    }

    private static byte ToLower(byte c) => c is >= (byte)'A' and <= (byte)'Z' ? (byte)(c + 32) : c;

    // One row of the matrix updated in place; gives up once every entry of a row exceeds maxCost.
    private static int Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int maxCost, Span<int> buffer)
    {
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }

        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return (a.Length + b.Length) * MoveCost;
        }

        if (a.Length > MaxStringSize || b.Length > MaxStringSize)
        {
            return maxCost + 1;
        }

        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if ((b.Length - a.Length) * MoveCost > maxCost)
        {
            return maxCost + 1;
        }

        for (var i = 0; i < a.Length; i++)
        {
            buffer[i] = (i + 1) * MoveCost;
        }

        var result = 0;
        for (var bi = 0; bi < b.Length; bi++)
        {
            var code = b[bi];
            var distance = result = bi * MoveCost;
            var minimum = int.MaxValue;
            for (var i = 0; i < a.Length; i++)
            {
                var substitute = distance + SubstitutionCost(code, a[i]);
                distance = buffer[i];
                var insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[i] = result;
                minimum = Math.Min(minimum, result);
            }

            if (minimum > maxCost)
            {
                return maxCost + 1;
            }
        }

        return result;
    }
}
